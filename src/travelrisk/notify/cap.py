"""OASIS CAP 1.2 documents for alerts, and a checker for the standard's required elements and value lists."""

from __future__ import annotations

import datetime as dt
import html
import re
from typing import Any

from lxml import etree

from travelrisk.geo.countries import country_name
from travelrisk.notify.message import Content

CAP_NS = "urn:oasis:names:tc:emergency:cap:1.2"

VALUES = {
    "status": {"Actual", "Exercise", "System", "Test", "Draft"},
    "msgType": {"Alert", "Update", "Cancel", "Ack", "Error"},
    "scope": {"Public", "Restricted", "Private"},
    "category": {
        "Geo",
        "Met",
        "Safety",
        "Security",
        "Rescue",
        "Fire",
        "Health",
        "Env",
        "Transport",
        "Infra",
        "CBRNE",
        "Other",
    },
    "responseType": {"Shelter", "Evacuate", "Prepare", "Execute", "Avoid", "Monitor", "Assess", "AllClear", "None"},
    "urgency": {"Immediate", "Expected", "Future", "Past", "Unknown"},
    "severity": {"Extreme", "Severe", "Moderate", "Minor", "Unknown"},
    "certainty": {"Observed", "Likely", "Possible", "Unlikely", "Unknown"},
}
ALERT_ORDER = [
    "identifier",
    "sender",
    "sent",
    "status",
    "msgType",
    "source",
    "scope",
    "restriction",
    "addresses",
    "code",
    "note",
    "references",
    "incidents",
    "info",
]
INFO_ORDER = [
    "language",
    "category",
    "event",
    "responseType",
    "urgency",
    "severity",
    "certainty",
    "audience",
    "eventCode",
    "effective",
    "onset",
    "expires",
    "senderName",
    "headline",
    "description",
    "instruction",
    "web",
    "contact",
    "parameter",
    "resource",
    "area",
]
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$")
_NO_SPACE_COMMA = re.compile(r"^[^\s,<&]+$")


def cap_time(moment: dt.datetime) -> str:
    """CAP's dateTime: seconds precision, an explicit offset, never "Z"."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.replace(microsecond=0).isoformat().replace("+00:00", "+00:00")


def identifier_for(change_id: int, version: int, scope: str = "Public", alert_id: int | None = None) -> str:
    """One identifier per message: the public feed's message about a change, and each organisation's
    restricted message (an alert of one trip), are different messages and never share an identifier."""
    if scope == "Public" or alert_id is None:
        return f"travelrisk-change-{change_id}-v{version}"
    return f"travelrisk-alert-{alert_id}-v{version}"


_TAG = re.compile(r"<[^>]*>")


def plain_text(value: str) -> str:
    """CAP text elements are plain text: tags an article carried are dropped, entities decoded."""
    return " ".join(html.unescape(_TAG.sub(" ", value)).split())


def build_cap(
    *,
    change: dict[str, Any],
    content: Content,
    version: int,
    sent: dt.datetime,
    web: str,
    previous_sent: dt.datetime | None = None,
    scope: str = "Public",
    alert_id: int | None = None,
    sender: str = "travelrisk@travelrisk.localhost",
    contact: str = "",
    expires_after: dt.timedelta = dt.timedelta(days=30),
) -> bytes:
    """A CAP 1.2 alert; `version` > 1 makes it an Update referencing the previous version. A Restricted
    message (for one alert) has its own identifier, distinct from the public message about the change."""
    root = etree.Element(f"{{{CAP_NS}}}alert", nsmap={None: CAP_NS})

    def add(parent: etree._Element, name: str, text: str) -> etree._Element:
        element = etree.SubElement(parent, f"{{{CAP_NS}}}{name}")
        element.text = text
        return element

    add(root, "identifier", identifier_for(change["id"], version, scope, alert_id))
    add(root, "sender", sender)
    add(root, "sent", cap_time(sent))
    add(root, "status", "Actual")
    add(root, "msgType", "Update" if version > 1 else "Alert")
    add(root, "scope", scope)
    if scope == "Restricted":
        add(root, "restriction", "Travellers of the receiving organisation")
    if version > 1:
        add(
            root,
            "references",
            f"{sender},{identifier_for(change['id'], version - 1, scope, alert_id)},{cap_time(previous_sent or sent)}",
        )
    info = etree.SubElement(root, f"{{{CAP_NS}}}info")
    add(info, "language", "en-US")
    add(info, "category", content.category)
    add(info, "event", content.event)
    add(info, "responseType", content.response_type)
    add(info, "urgency", content.urgency)
    add(info, "severity", content.severity)
    add(info, "certainty", content.certainty)
    add(info, "expires", cap_time(sent + expires_after))
    add(info, "senderName", "travelrisk")
    add(info, "headline", plain_text(content.headline)[:160])
    add(info, "description", plain_text(content.description))
    add(info, "instruction", plain_text(content.instruction))
    add(info, "web", web)
    if contact:
        add(info, "contact", contact)
    area = etree.SubElement(info, f"{{{CAP_NS}}}area")
    countries = (change.get("after") or {}).get("countries") or [change["country"]]
    add(
        area,
        "areaDesc",
        ", ".join(country_name(c) for c in countries) + (f": {change['region']}" if change.get("region") else ""),
    )
    for code in countries:
        geocode = etree.SubElement(area, f"{{{CAP_NS}}}geocode")
        add(geocode, "valueName", "ISO3166-1 alpha-2")
        add(geocode, "value", code)
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True))


def check_cap(document: bytes) -> list[str]:
    """Problems with a CAP 1.2 document: namespace, required elements, order, value lists, formats."""
    problems: list[str] = []
    try:
        root = etree.fromstring(document, parser=etree.XMLParser(resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError as exc:
        return [f"not well-formed XML: {exc}"]
    if root.tag != f"{{{CAP_NS}}}alert":
        return [f"root element is {root.tag}, not {{{CAP_NS}}}alert"]

    def local(element: etree._Element) -> str:
        return str(etree.QName(element).localname)

    def check_order(parent: etree._Element, order: list[str], where: str) -> None:
        positions = [order.index(local(c)) if local(c) in order else -1 for c in parent]
        if -1 in positions:
            problems.append(f"{where}: unknown element(s) {[local(c) for c in parent if local(c) not in order]}")
        elif positions != sorted(positions):
            problems.append(f"{where}: elements out of the schema's order")

    children = {local(c): c for c in root}
    for required in ("identifier", "sender", "sent", "status", "msgType", "scope"):
        if required not in children or not (children[required].text or "").strip():
            problems.append(f"alert: missing required <{required}>")
    check_order(root, ALERT_ORDER, "alert")
    for name in ("status", "msgType", "scope"):
        if name in children and children[name].text not in VALUES[name]:
            problems.append(f"alert: <{name}> {children[name].text!r} is not in the CAP value list")
    for name in ("identifier", "sender"):
        if name in children and not _NO_SPACE_COMMA.match(children[name].text or ""):
            problems.append(f"alert: <{name}> must not contain spaces, commas or < &")
    if "sent" in children and not _DATETIME.match(children["sent"].text or ""):
        problems.append("alert: <sent> is not a CAP dateTime (YYYY-MM-DDThh:mm:ss±hh:mm)")
    if children.get("scope") is not None and children["scope"].text == "Restricted" and "restriction" not in children:
        problems.append("alert: scope Restricted needs <restriction>")
    if children.get("scope") is not None and children["scope"].text == "Private" and "addresses" not in children:
        problems.append("alert: scope Private needs <addresses>")
    if children.get("msgType") is not None and children["msgType"].text in ("Update", "Cancel"):
        referenced = children.get("references")
        references = (referenced.text or "") if referenced is not None else ""
        if not references or any(len(r.split(",")) != 3 for r in references.split()):
            problems.append("alert: an Update must reference earlier alerts as sender,identifier,sent")
    for info in root.findall(f"{{{CAP_NS}}}info"):
        fields: dict[str, list[etree._Element]] = {}
        for child in info:
            fields.setdefault(local(child), []).append(child)
        for required in ("category", "event", "urgency", "severity", "certainty"):
            if required not in fields:
                problems.append(f"info: missing required <{required}>")
        check_order(info, INFO_ORDER, "info")
        for name in ("category", "responseType", "urgency", "severity", "certainty"):
            for element in fields.get(name, []):
                if element.text not in VALUES[name]:
                    problems.append(f"info: <{name}> {element.text!r} is not in the CAP value list")
        for area in fields.get("area", []):
            if area.find(f"{{{CAP_NS}}}areaDesc") is None:
                problems.append("area: missing required <areaDesc>")
            for geocode in area.findall(f"{{{CAP_NS}}}geocode"):
                if geocode.find(f"{{{CAP_NS}}}valueName") is None or geocode.find(f"{{{CAP_NS}}}value") is None:
                    problems.append("geocode: needs <valueName> and <value>")
    return problems
