"""Turkish."""

from travelrisk.model.types import BorderAction, Directive, MissionAction, Reason
from travelrisk.model.vocabulary import Vocabulary

VOCABULARY = Vocabulary(
    language="tr",
    families=r"\baile\w*",
    directives=(
        (Directive.LEAVE_IMMEDIATELY, r"(?:terk\s+etme(?!k\s+iste)\w*|ayrılma(?!k\s+iste)\w*)[^.;]{0,80}?(?:çağrı\w*|çağır\w*|tavsiye\w*|uyar\w*|iste\w*)|(?:derhal|acilen|ivedilikle|bir\s+an\s+önce|en\s+kısa\s+sürede)\s+(?:\w+\s+)?(?:terk|ayrıl)\w*|\bterk\s+edin\b|\bayrılın\b|\b(?:yurda|vatana|ülkeye)\s+(?:geri\s+)?dönme\w*[^.;]{0,40}?(?:çağrı|çağır|tavsiye|uyar|iste)\w*"),
        (Directive.DO_NOT_TRAVEL, r"seyahat\w*\s+(?:etmekten\s+)?kaçın\w*|seyahat\s+(?:etmeme|edilmeme)\w*|seyahat\w*\s+(?:\w+\s+)?yasa\w*|gitmeme\w*|gidilmeme\w*|seyahat\s+etmeyin\w*|\bgitmeyin\b"),
        (
            Directive.RECONSIDER_TRAVEL,
            r"(?:zorunlu|gerekli)\s+olmadıkça|(?:çok\s+)?zorunlu\s+(?:haller|durumlar)\s+dışında|zorunlu\s+olmayan(?=\s+seyahat)|(?:yalnızca|sadece|ancak)\s+(?:zorunlu|gerekli)\s+(?:hal|durum)\w*\s+(?:\w+\s+){0,2}?seyahat|seyahat\w*\s+(?:\w+\s+){0,2}?(?:yeniden\s+)?gözden\s+geçir\w*|seyahat\w*\s+(?:\w+\s+){0,2}?yeniden\s+değerlendir\w*|ertelen\w*|ertele\w*|seyahat\w*\s+(?:\w+\s+){0,2}?tavsiye\s+edilmem\w*",
        ),
        (Directive.INCREASED_CAUTION, r"dikkatli\s+olma\w*|tedbirli\s+olma\w*|uyarı\w*\s+yapıldı|(?:azami|ekstra|daha\s+fazla)\s+(?:dikkat|özen|tedbir)\w*|tetikte\s+olma\w*"),
    ),
    advisory=r"seyahat\s+uyarı\w*|uyarı\w*",
    # ("en yüksek seviye olan 4'e", "dördüncü seviye")
    level=r"(\d)\.\s*seviye|seviye\w*\s+(?:olan\s+)?(\d)\b|(birinci|ikinci|üçüncü|dördüncü)\s+seviye|(\d)['’](?:inci|ıncı|üncü|uncu|nci|ncı|ncü|ncu)\s+seviye",
    raised=r"yükselt\w*|artır\w*",
    highest=r"en\s+yüksek|en\s+üst",
    lowered=r"düşürül\w*|indiril\w*|kaldırıl\w*|düşürdü\w*|indirdi\w*|kaldırdı\w*",
    border=r"sınır\w*|kapı\w*|gümrük\w*",
    border_actions=(
        # ("kapatmakla tehdit etti", "kapatmayı değerlendiriyor", "kapatabileceğini": threatened, considering, could close)
        (BorderAction.THREATENED_CLOSURE, r"kapatılabil\w*|kapatabil\w*|kapatma\w*\s+tehdid\w*|kapatmakla\s+tehdit\w*|kapatma\w*\s+(?:\w+\s+)?(?:değerlendir|düşün)\w*|kapatıl\w*\s+seçenekler\s+arasında"),
        (BorderAction.CLOSED, r"kapat(?!m(?:adı|ayacak|ıyor|az\b|amış|amay))\w*|kapalı|kapandı|askıya\s+al\w*|geçiş\w*\s+(?:\w+\s+){0,2}?durdur\w*"),
        # ("açacak", "açıyor": will open, opens; "geçişleri yeniden başlattı": resumed crossings; not "kaçtı", fled)
        # (not "Kesab'a açılan kapı": the gate that opens onto a town, a description)
        (BorderAction.OPENED, r"açıl(?!an\s+(?:\S+\s+){0,3}?(?:sınır\s+)?kapı)\w*|\baçtı|yeniden\s+aç\w*|\baç(?:acak|ıyor|ar)\w*|geçiş\w*\s+(?:\w+\s+)?(?:yeniden|tekrar)\s+başla\w*"),
        # ("Türkiye'den Suriye'ye yapılan çıkışların ... durdurulduğunu": exits halted, one direction stopped; not
        # "giriş ve çıkışlar ... durduruldu", both)
        (BorderAction.RESTRICTED, r"yolcu\s+geçiş\w*\s+(?:\w+\s+){0,3}?durdur\w*|(?<!ve\s)(?:çıkış|giriş)\w*\s+(?!ve\s)(?:\S+\s+){0,5}?durdur\w*|kısıtla\w*|sınırla(?!r[ıi]n?\b|r[ıi]n[ıid]|r\b|rda|rla|ra\b)\w*|yalnızca|sadece|(?:kamyon|tır|yük|yardım)\w*\s+(?:\w+\s+)?dışında"),
    ),
    mission=r"büyükelçili\w*|başkonsoloslu\w*|konsoloslu\w*|diplomat\w*|(?<!\w)misyon\w*|(?<!\w)temsilcilikler\w*",
    mission_actions=(
        (MissionAction.DEPARTURE_LIFTED, r"zorunlu\s+(?:ayrılma|tahliye)\w*\s+(?:\w+\s+){0,2}?(?:kaldır|sona\s+erdir)\w*"),
        # ("ayrılmasına izin verdi", "ayrılma izni verdi": allowed to leave)
        (MissionAction.AUTHORIZED_DEPARTURE, r"gönüllü\s+(?:olarak\s+)?ayrıl\w*|ayrıl\w*\s+(?:\w+\s+)?iz[iı]?n\w*"),
        (MissionAction.EMERGENCY_SERVICES_ONLY, r"(?:yalnızca|sadece)\s+acil|acil\s+durumlar\w*\s+(?:ile\s+)?sınırl\w*"),
        # consular visa work suspended while the mission stays open, consular services limited
        # ("personel sayısını asgariye indirdi": staff cut to a minimum, the mission works on)
        (MissionAction.REDUCED_SERVICES, r"(?:personel|çalışan|diplomat)\w*\s+(?:sayısını\s+)?(?:asgari(?:ye)?|en\s+aza)\s+(?:indir|düşür)\w*|vize\s+(?:\w+\s+){0,2}?(?:askıya|durdur)\w*|hizmet\w*\s+(?:\w+\s+){0,2}?(?:sınırla|kısıtla|azalt)\w*|"
         # ("hizmetlerinin tamamını sunamayacağını": cannot offer all of its services)
         r"hizmet\w*\s+(?:tamamını|hepsini)\s+(?:sunama|vereme)\w*|tüm\s+hizmet\w*\s+(?:sunama|vereme)\w*"),
        # ("tüm diplomatlarını uçakla ülke dışına çıkardı": flew all its diplomats out)
        (MissionAction.EVACUATED, r"tahliye\w*(?!\s+etme(?:di|yecek|z\b|miş))|boşalt(?!m(?:adı|ayacak|ıyor|az\b))\w*|(?:tüm|bütün)\s+(?:\w+\s+){0,2}?(?:diplomat|personel|çalışan)\w*\s+(?:\w+\s+){0,3}?(?:ülke\s+dışına|ülkeden)\s+çıkar\w*|"
         # ("Büyükelçilik personelinin Türkiye’ye döndüğü": the mission's staff went home)
         r"(?:Büyükelçilik|Başkonsolosluk|elçilik)\w*\s+(?:personel|çalışan|diplomat)\w*\s+(?:\w+\s+)?(?:Türkiye|yurda|ülkeye)['’]?\w*\s+dön\w*"),
        # (non-essential staff, the number of diplomats cut, diplomats recalled, families told to leave)
        (MissionAction.ORDERED_DEPARTURE, r"geri\s+çek\w*|geri\s+çağ[ıi]r\w*|(?:personel|diplomat|çalışan)\w*\s+(?:\w+\s+){0,2}?azalt\w*|personel\w*\s+(?:\w+\s+){0,2}?(?:çekil|ülkeden\s+çıkar)\w*|"
            # ("zorunlu görevi bulunmayan personelin Türkiye'ye dönmesine": staff without essential duties sent home)
            r"zorunlu\s+(?:olmayan|görevi\s+(?:bulunmayan|olmayan))\s+(?:personel|çalışan|diplomat)\w*|(?:ayrılma|terk\s+etme)\w*\s+(?:talimat|emr)\w*|"
            # ("diplomatların eşlerine ve çocuklarına İsrail'e dönmeleri talimatını verdi": families told to go home)
            r"(?:eş|aile|çocuk)\w*\s+[^.;]{0,60}?(?:dönmeleri|dönmesi|ayrılmaları)\s+(?:talimat|emr|çağrı)\w*"),
        # ("çalışmalarına son verdi": ceased work; not "kapatabileceği", could close)
        (MissionAction.SUSPENDED, r"ara\s+ver\w*|faaliyet\w*\s+göstermi(?:yor|yordu)\b|kapat(?!abil|ılabil|m(?:adı|ayacak|ıyor|az\b|amış|amay))\w*|kapalı\b(?!\s+değil)|faaliyet\w*\s+(?:\w+\s+){0,3}?askıya|faaliyet\w*\s+(?:\w+\s+){0,3}?durdur\w*|(?:faaliyet|çalışma|hizmet)\w*\s+son\s+ver\w*|"
            # ("faaliyetlerini Port Sudan'a taşıdı": its work moved to another city stops where it was)
            r"(?:faaliyet|çalışma)\w*\s+(?:\S+\s+){0,4}?taşı\w*"),
        # ("yeniden faaliyete geçti/başladı", "faaliyetlerine yeniden başladı", "yeniden açtı/açacak": at work again)
        (MissionAction.REOPENED, r"(?:yeniden|tekrar)\s+faaliyete\s+(?:geç|başla)\w*|(?:yeniden|tekrar)\s+(?:çalışmaya|hizmete|hizmet\s+vermeye)\s+başla\w*|faaliyet\w*\s+(?:yeniden|tekrar)\s+başla\w*|(?:yeniden|tekrar)\s+(?:hizmete\s+|ziyaretçilere\s+)?(?:açıl|açtı|açacak|açacağ|açtığ|açıyor)\w*"),  # ("yeniden açacağını açıkladı": that it will reopen)
    ),
    neighbour_before=r"(?!x)x",
    mutual=r"karşılıklı",
    staff=r"\b(?:personel\w*|diplomat\w*|çalışan\w*)",
    citizens=r"vatandaş\w*",
    place_after=r"['’](?:y?[ae]|n?[dt][ae]|n?[dt][ae]n|n?[dt][ae]ki)\b|\s+için\s+(?:\w+\s+){0,2}?(?:seyahat|uyarı|seviye)|['’]y?[ıiuü]\s+(?:\w+\s+){0,3}?terk\b",  # the country left ("Lübnan'ı ... terk")
    neighbour_after=r"\s+sınır|\s+ile\b(?!\s+\S+\s+arasında)|['’]y?l[ae]\b",  # "Rusya ile olan ... kapısı", "İran'la": the other side
    reasons=((Reason.LIMITED_CONSULAR_CAPACITY, r"konsolosluk\s+(?:\w+\s+){0,4}?(?:sınırlı|kısıtlı)|(?:sınırlı|kısıtlı)\s+konsolosluk"), (Reason.MILITARY_BUILDUP, r"asker\w*\s+(?:\w+\s+)?yığınağ\w*|askeri\s+yığınak\w*"), (Reason.CRIME, r"suç\s+oran\w*|organize\s+suç\w*|çete\w*|\bsuç\b|\bsuçlar\b|\bsuçların\b"), (Reason.KIDNAPPING, r"adam\s+kaçırma\w*|rehin\w*"), (Reason.WRONGFUL_DETENTION, r"gözaltı\w*|tutukla\w*"), (Reason.LIMITED_FLIGHTS, r"hava\s+saha\w*\s+(?:\w+\s+)?kapat\w*|uçuş\w*\s+(?:\w+\s+)?(?:iptal|durdurul|askıya)\w*|hava\s+sahası\w*\s+(?:\w+\s+)?kapat\w*"), (Reason.ARMED_CONFLICT, r"çatışma\w*|savaş\w*|(?<!terör\s)(?<!terörist\s)saldırı\w*|askeri\s+(?:operasyon|harekât|harekat)\w*|bombardıman\w*"), (Reason.TERRORISM, r"terör\w*"), (Reason.CIVIL_UNREST, r"protesto\w*|gösteri\w*|karışıklık\w*|askeri\s+darbe\w*|darbe\s+girişim\w*|ayaklanma\w*|sokak\s+olay\w*|iç\s+karışıklık\w*"), (Reason.HEALTH, r"salgın\w*|pandemi\w*|koronavirüs\w*|covid\w*"), (Reason.NATURAL_DISASTER, r"deprem\w*|\bsel\b|\bseller\w*|sel\s+felaket\w*|kasırga\w*|tayfun\w*|tsunami\w*")),
    not_advice=r"\bvize\w*|yaptırım\w*",
    level_change=r"(\d)\.\s*seviyeden\s+(\d)|seviye\s+(\d)['’](?:ten|tan|den|dan)\s+(?:seviye\s+)?(\d)|(\d)['’]\w*\s+seviyeden\s+(\d)",
    place_before=r"(?!x)x",
    cause=r"\b(?:nedeniyle|dolayı|sebebiyle|gerekçesiyle)",
    cause_after=r"\b(?:ardından|sonrasında|nedeniyle|dolayısıyla|üzerine)\b",
    similar=r"aynı\s+şeyi\s+yap\w*|aynı\s+(?:adımı|yolu)|(?:benzer|aynı)\s+karar\w*|örneğini\s+izle\w*|benzer\s+(?:bir\s+)?(?:uyarı|çağrı|tavsiye)\w*|aynı\s+(?:uyarı|çağrı|tavsiye)\w*",
    # ("... temsilciliklerini kapattığı iddiaları yayıldı": claims spread, not an act)
    negation=r"iddia\w*\s+(?:\w+\s+)?(?:yayıl|dolaş|edil)\w*|açılıp\s+açılmayaca\w*|kapatılıp\s+kapatılmayaca\w*|(?:sokak|cadde|yol)\w*\s+(?:\S+\s+){0,3}?(?:trafiğ\w*\s+)?kapatıldı|söylenti\w*|dezenformasyon\w*|yalan\s+haber\w*|(?:sınırlı|kısıtlı|kapalı)\s+değil\w*|asılsız|yalanla\w*|gerçeği\s+yansıtmı\w*|(?:kapat|aç|tahliye\s+et)m[ae](?:sını|sini|larını|lerini)\s+(?:\w+\s+){0,2}?(?:talep|iste|rica)\w*|plan\w*\s+(?:\w+\s+)?(?:bulunmadı|bulunmuyor|yok)\w*|reddett\w*|kabul\s+etmedi|yalanla\w*|planlamıyor\w*|planlamadı\w*|niyeti\s+yok|niyetinde\s+değil|(?:kapat|kapan|kısıtla)ma\w*\s+(?:\w+\s+){0,3}?(?:söz\s+konusu\s+değil|gündemde\s+değil|bulunm(?:adı|uyor|amakta)\w*|yok)|(?<!acil\s)durumunda",
    asked=r"çağrı\w*|talep\w*|istedi|istiyor",
    not_before=r"\bne\s+zaman\b",  # ("ne zaman yeniden açılacağı": when it will reopen, not yet known)
    crossing_count=r"(\d+|iki|üç|dört|beş)\s+(?:\w+\s+){0,2}?(?:sınır\s+)?kapı\w*",
    numbers={"birinci": 1, "ikinci": 2, "üçüncü": 3, "dördüncü": 4, "iki": 2, "üç": 3, "dört": 4, "beş": 5},
    home="TR",
    clause_too_after=r"\s+(?:da|de)\b",
    # "Büyükelçiliğimiz" (our embassy); "Musul Başkonsolosluğu", a mission named by its city alone, is Turkey's own
    # (another state's is named with it: "ABD'nin Musul Başkonsolosluğu")
    home_mission=r"ğ[iıuü]m[iıuü]z|(?:misyon|temsilcilik)\w*?[iıuü]m[iıuü]z|(?<!['’]n[iıuü]n\s)(?<!['’][iıuü]n\s)(?<!['’])\b(?-i:[A-ZÇĞİÖŞÜ])[a-zçğıöşü]+\s+(?:Başkonsoloslu|Büyükelçili|Konsoloslu)ğ",
    subject_first=True,
    our_citizens=r"vatandaşlarımız\w*|\bbizim\s+vatandaş\w*",
    ours=r"\bbizim\b",
    # "several countries", "Western states": governments left unnamed
    unnamed_states=r"\b(?:birçok|birkaç|bazı|çeşitli|Batılı|diğer)\s+(?:\w+\s+)?(?:ülke\w*|devlet\w*)",
    among=r"\baralarında\b",
    institution=r"Dışişleri|İçişleri|Bakan\w*|hükümet\w*",
    the_country=r"\bülkeyi\b|\bülkeden\b",
    worldwide=r"\byurt\s+dışına\b|\btüm\s+ülkelere\b|\bdünya\s+genelinde\b",
)
