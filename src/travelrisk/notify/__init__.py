"""Travellers, rules, the alert outbox and delivery channels."""
