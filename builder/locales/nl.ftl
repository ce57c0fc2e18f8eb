# Wijkwijzer: alles wat een redacteur leest, in het Nederlands (de standaardtaal).
# Elke melding staat ook in en.ftl, met dezelfde namen en dezelfde $waarden; een test
# bewaakt dat. Schrijf kort en in gewone woorden (B1): wat is er mis, en wat doe je nu.

## Algemeen

did-you-mean = Bedoel je `{ $word }`?{" "}

## Velden in het blok bovenaan (front matter) van een bestand

not-a-table = [{ $table }] moet een blok zijn
    .help = Schrijf het als een blok [{ $table }] met op elke regel één veld.
field-missing = `{ $key }` ontbreekt of is leeg
    .help-text = Zet { $key } = "..." in dit blok en vul de tekst in tussen de aanhalingstekens.
    .help-list = Zet { $key } = ["..."] in dit blok.
    .help-date = Zet { $key } = JJJJ-MM-DD in dit blok: de dag waarop iemand deze gegevens voor het laatst heeft nagekeken.
not-text = `{ $key }` moet tekst zijn, geen { $found ->
        [integer] getal
        [float] getal
        [boolean] true of false
        [datetime] datum
        [array] lijst
        [table] blok
       *[other] { $found }
    }
    .help = Zet de waarde tussen aanhalingstekens: { $key } = "...".
not-texts = `{ $key }` moet een lijst met teksten zijn
    .help = Schrijf { $key } = ["...", "..."].
not-a-list = `{ $key }` moet een lijst met teksten zijn, geen { $found ->
        [integer] getal
        [float] getal
        [boolean] true of false
        [datetime] datum
        [table] blok
       *[other] { $found }
    }
list-empty = `{ $key }` heeft minstens één waarde nodig
    .help = Schrijf { $key } = ["..."].
unknown-value = { $what ->
        [need] behoefte
        [wijk] wijk
        [municipality] gemeente
        [kind] soort dienst
        [status] status
        [toegang] toegang
        [kosten] kosten
        [target-group] doelgroep
        [accessibility] toegankelijkheid
       *[other] waarde
    } `{ $value }` bestaat niet
    .help = { $hint }Kies uit: { $valid }
not-a-bool = `{ $key }` moet true of false zijn
    .help = Schrijf { $key } = true of { $key } = false.
not-a-date = `{ $key }` is geen datum
    .help = Schrijf de datum zo: { $key } = 2026-09-01 (jaar-maand-dag, zonder aanhalingstekens).
not-tables = `{ $key }` moet een lijst met blokken zijn
    .help = Schrijf elk als een blok [[...{ $key }]].
opening-hours = openingstijden `{ $value }` kloppen niet: { $detail }
    .help = Schrijf ze zoals OpenStreetMap, bijvoorbeeld "Mo-Fr 09:00-17:00", "Tu,Th 10:00-12:00; Sa[1] 13:00-16:00" of "24/7". In REDACTIE.md staan meer voorbeelden.
unknown-field = veld `{ $key }` bestaat niet
    .help = { $hint }Velden die hier kunnen: { $fields }

## Gemeenten, wijken en regio's

gemeente-code = `{ $code }` is geen CBS-gemeentecode
    .help = Schrijf GM en vier cijfers, zoals code = "GM0213".
wijk-slug = wijk-slug `{ $slug }` kan niet in een webadres
    .help = Gebruik kleine letters, cijfers en `-`, zoals slug = "{ $suggestion }".
wijk-reserved = `hele-gemeente` kan geen wijk zijn: die naam is voor diensten voor de hele gemeente
    .help = Geef de wijk een andere slug.
wijk-twice = wijk `{ $slug }` staat er twee keer in
    .help = Geef elke wijk een eigen slug.
wijk-code = `{ $code }` is geen CBS-wijkcode
    .help = Schrijf WK en zes tekens, zoals code = "WK021300".
postcode-in-two-wijken = postcodegebied { $pc } staat ook bij wijk `{ $wijk }` ({ $file })
    .help = Elk postcodegebied hoort bij één wijk: de wijk waar de meeste adressen liggen.
dienst-outside-gemeente = deze dienst staat niet in de map van een gemeente of regio
    .help = Zet het bestand in de map van zijn gemeente (een map met [extra.gemeente] in _index.md), zoals content/gemeenten/<gemeente>/.
need-slug = de slug `{ $slug }` van een behoefte kan niet in een webadres, of staat er twee keer in
    .help = Gebruik kleine letters, cijfers en `-`, en elke slug één keer.
needs-taxonomy-missing = voor de behoeften in [extra.behoeften] is de taxonomie `behoeften` nodig
    .help = Zet taxonomies = [{"{"} name = "behoeften" {"}"}] in config.toml.

## Diensten

description-missing = een dienst heeft een beschrijving nodig
    .help = Zet description = "..." bovenaan: één of twee korte zinnen over wat de dienst doet, hoogstens 200 tekens.
description-too-long = de beschrijving heeft { $count } tekens; het mogen er hoogstens 200 zijn
    .help = Houd het bij één of twee korte zinnen. De rest kan in de tekst onder dat blok.
needs-missing = een dienst heeft minstens één behoefte nodig
    .help = Zet onder [taxonomies] een regel behoeften = ["..."]. Kies uit: { $valid }
hele-gemeente-combined = `hele-gemeente` kan niet samen met losse wijken
    .help = Schrijf óf ["hele-gemeente"], óf een lijst met wijken.
region-dienst-wijken = een dienst van de regio is er voor hele gemeenten
    .help = Schrijf wijken = ["hele-gemeente"].
phone-characters = in een telefoonnummer mogen alleen cijfers, spaties, `-`, `+` en haakjes staan
phone-foreign = alleen Nederlandse nummers (+31) zijn toegestaan
phone = `{ $value }` is geen Nederlands telefoonnummer
    .help = Schrijf het nummer zoals mensen het intoetsen, zoals "0575 123 456", "06-12345678" of "0800-1205".
postcode = `{ $value }` is geen Nederlandse postcode
    .help = Schrijf vier cijfers en twee hoofdletters, zoals postcode = "6971 AA".
postcode4 = `{ $value }` is niet het cijferdeel van een Nederlandse postcode (vier cijfers, 1000 tot en met 9999)
    .help = Zet de postcodegebieden (vier cijfers) van de wijk in een lijst, zoals postcodes = ["6971", "6972"].
email = `{ $value }` is geen e-mailadres
    .help = Schrijf één adres, zoals email = "info@voorbeeld.nl".
website = `{ $value }` is geen webadres dat begint met https://
    .help = Schrijf het hele adres, zoals website = "https://www.voorbeeld.nl/inloop".
website-invalid = `{ $value }` is geen webadres ({ $detail })
language = `{ $value }` is geen taalcode van twee letters (ISO 639-1)
    .help = Gebruik codes van twee letters, zoals "nl", "en", "ar", "tr", "pl", "uk".
checked-long-ago = deze gegevens zijn voor het laatst nagekeken op { $date }, meer dan 12 maanden geleden
    .help = Kijk na of alles nog klopt. Zet daarna gecontroleerd op de datum van vandaag.
no-contact = een dienst heeft een manier nodig om hem te bereiken
    .help = Vul minstens één van deze in: telefoon, email, website of een blok [[extra.dienst.locaties]].

## Hulplijnen in config.toml

hulplijnen-not-tables = `hulplijnen` moet een lijst met blokken zijn
    .help = Schrijf elke hulplijn als een blok [[extra.hulplijnen]].
hulplijn-field-missing = hulplijn { $n }: `{ $key }` ontbreekt of is leeg
    .help = Zet { $key } = "..." in dit blok [[extra.hulplijnen]].
hulplijn-problem = hulplijn `{ $naam }`: { $problem }
hulplijn-phone =
    .help = Schrijf het nummer zoals mensen het intoetsen, zoals "0800-0113" of "113".
hulplijn-number-not-text = hulplijn `{ $naam }`: `{ $key }` moet tekst zijn
    .help = Zet het nummer tussen aanhalingstekens: { $key } = "0800-0113".
hulplijn-unknown-field = hulplijn `{ $naam }`: veld `{ $key }` bestaat niet
    .help = { $hint }Velden van een hulplijn: { $fields }
hulplijn-source-missing = bij hulplijn `{ $naam }` staat niet waar het nummer is nagekeken
    .help = Zet bron = "https://..." in het blok: de pagina van de organisatie zelf waar het nummer op staat.
hulplijn-source =
    .help = Schrijf het hele adres van de pagina waar het nummer op staat, zoals bron = "https://www.113.nl/".
hulplijn-checked-missing = bij hulplijn `{ $naam }` staat niet wanneer het nummer is nagekeken
    .help = Zet gecontroleerd = JJJJ-MM-DD in het blok: de dag waarop iemand het nummer bij de bron heeft nagekeken.
hulplijn-checked-long-ago = hulplijn `{ $naam }` is voor het laatst nagekeken op { $date }, meer dan 12 maanden geleden
    .help = Kijk het nummer na bij de bron (bron). Zet daarna gecontroleerd op de datum van vandaag.

## config.toml

config-unreadable = de instellingen van de site (config.toml) kunnen niet gelezen worden: { $error }
    .help = Elke site heeft een config.toml naast de map content/. Geef de map van de site aan met --root.
config-syntax = config.toml klopt niet: { $detail }
    .help = Kijk of elke tekst tussen aanhalingstekens staat en elke [kop] maar één keer voorkomt. Welke instellingen er zijn, staat op https://www.getzola.org/documentation/getting-started/configuration/.
config-base-url = base_url `{ $value }` is geen webadres
    .help = Schrijf het hele adres van de site, zoals base_url = "https://www.voorbeeld.nl".
config-feed-name = `{ $name }` in feed_filenames moet een gewone bestandsnaam zijn
    .help = Gebruik namen zoals "atom.xml" of "rss.xml".
config-paginate-path = paginate_path `{ $value }` van taxonomie `{ $taxonomy }` moet één woord zijn dat in een webadres kan
    .help = Gebruik kleine letters, cijfers en `-`, zoals "pagina".
config-taxonomy-name = de naam van taxonomie `{ $name }` kan niet in een webadres
    .help = Gebruik alleen kleine letters, cijfers en `-`.
region-config = [extra] klopt niet: { $detail }
    .help = Elk blok [[extra.behoeften]] heeft een slug en een label nodig, en elk blok [[extra.soorten]] ook.

## Bestanden in content/

file-too-large = dit bestand is { $size } MB; een Markdown-bestand mag hoogstens { $max } MB zijn
    .help = Verdeel de tekst over meer pagina's, of zet een groot bestand in static/ en maak er een link naar.
file-unreadable = dit bestand kan niet gelezen worden: { $error }
not-utf8 = dit bestand is geen geldige UTF-8-tekst
    .help = Sla het bestand op als UTF-8 (in veel programma's: "Opslaan als" → codering UTF-8).
front-matter-unclosed = het blok bovenaan (front matter) dat hier begint, wordt nergens afgesloten met `{ $fence }`
    .help = Zet een regel met alleen `{ $fence }` na de laatste regel van het blok bovenaan.
front-matter-missing = dit bestand heeft geen blok bovenaan (front matter)
    .help = Begin het bestand met een blok zoals:
        +++
        title = "Titel van de pagina"
        +++
paginate-path = paginate_path `{ $value }` moet één woord zijn dat in een webadres kan
    .help = Gebruik kleine letters, cijfers en `-`, zoals paginate_path = "pagina".
unknown-front-matter-field = veld `{ $key }` bestaat niet en wordt overgeslagen
    .help-suggest = Bedoel je `{ $word }`? Eigen velden horen onder [extra].
    .help = Velden van een pagina: { $fields }. Eigen velden horen onder [extra].
empty-slug = slug `{ $slug }` blijft leeg als je er een webadres van maakt
    .help = Geef een slug met letters en cijfers, zoals slug = "inloop-de-brug".
empty-slug-file = de bestandsnaam `{ $name }` geeft een leeg webadres
path-empty = is leeg
path-escapes = zou buiten de site uitkomen (er staat `..` in)
path-bad-character = bevat `{ $character }`, en dat kan niet in een webadres
bad-path = path `{ $value }` { $problem }
    .help = Gebruik een pad binnen de site, zoals path = "hulp/inloop".
bad-date = { $key } `{ $value }` is geen datum
    .help = Schrijf een datum zo: 2026-03-01, of een datum met tijd zo: 2026-03-01T10:00:00+01:00.
bad-alias = alias `{ $alias }` { $problem }
    .help = Een alias is een oud adres binnen deze site, zoals aliases = ["oud/adres"].
unknown-language = de bestandsnaam noemt de taal `{ $code }`, maar die taal staat niet in config.toml
    .help = Zet [languages.{ $code }] in config.toml, of haal `.{ $code }` uit de bestandsnaam.

## Wat elke code betekent (de tabel in REDACTIE.md, en de regels in SARIF)

WW0101 = config.toml ontbreekt of kan niet gelezen worden.
WW0102 = config.toml is geen geldige TOML, of een instelling heeft het verkeerde type.
WW0103 = base_url is geen webadres.
WW0104 = Een naam in feed_filenames is geen gewone bestandsnaam.
WW0105 = Een taxonomie heeft een naam of paginate_path die niet in een webadres kan.
WW0106 = Het thema uit config.toml bestaat niet.
WW0107 = Een patroon in ignored_content of ignored_static is ongeldig.
WW0108 = [extra] mist iets: elke behoefte en soort heeft een slug en een label nodig.
WW0109 = De slug van een behoefte kan niet in een webadres, of staat er twee keer in.
WW0110 = Er zijn behoeften, maar de taxonomie behoeften ontbreekt in config.toml.
WW0111 = Een hulplijn zegt niet waar het nummer gecontroleerd is (bron).
WW0112 = Een hulplijn zegt niet wanneer het nummer gecontroleerd is, of dat is meer dan 12 maanden geleden.
WW0113 = De instellingen van de webredactie kloppen niet.
WW0114 = De instellingen van de knop Snel weg kloppen niet.
WW0115 = De instellingen van offline ([extra.wijkwijzer.offline]) kloppen niet.
WW0116 = Een woord onder [translations] in config.toml klopt niet.
WW0201 = De map content kan niet gelezen worden.
WW0202 = Een snelkoppeling (link) wijst buiten de site, naar niets of naar een map; het bestand is overgeslagen.
WW0203 = Een Markdown-bestand is groter dan 10 MB.
WW0204 = Een bestand kan niet gelezen worden.
WW0205 = Een bestand is niet als UTF-8 opgeslagen.
WW0206 = Het blok bovenaan (front matter) wordt niet afgesloten.
WW0207 = Een pagina heeft geen blok bovenaan (front matter).
WW0208 = Het blok bovenaan is geen geldige TOML of YAML, of een veld heeft het verkeerde type.
WW0209 = Een veld bovenaan bestaat niet en doet niets.
WW0210 = De bestandsnaam of slug geeft een leeg webadres.
WW0211 = Het veld path is geen adres binnen de site.
WW0212 = Een datum (date of updated) is geen datum.
WW0213 = paginate_path kan niet in een webadres.
WW0214 = Een alias is geen oud adres binnen de site.
WW0215 = De bestandsnaam noemt een taal die niet in config.toml staat.
WW0216 = Een bestandsnaam kan niet in een webadres.
WW0217 = Een bestand hoort bij geen pagina; het is overgeslagen.
WW0218 = Een pagina gebruikt een taxonomie die niet in config.toml staat.
WW0219 = Een term van een taxonomie geeft een leeg webadres.
WW0301 = Een shortcode is niet goed geschreven.
WW0302 = Een shortcode bestaat niet of gaf een fout.
WW0303 = Een link naar een andere pagina (@/...) wijst naar een bestand dat niet bestaat.
WW0304 = Een link wijst naar een kopje dat niet op die pagina staat.
WW0305 = Een pagina noemt een sjabloon dat niet bestaat.
WW0306 = Een sjabloon gaf een fout.
WW0307 = Twee dingen hebben hetzelfde webadres.
WW0308 = Een bestand van de site kon niet geschreven worden.
WW0401 = De code van een gemeente is geen CBS-gemeentecode (GM en vier cijfers).
WW0402 = De slug van een wijk kan niet in een webadres.
WW0403 = hele-gemeente kan geen wijk zijn; het is gereserveerd voor diensten voor de hele gemeente.
WW0404 = Een wijk staat twee keer in de lijst.
WW0405 = De code van een wijk is geen CBS-wijkcode (WK en zes tekens).
WW0406 = Een postcodegebied is geen vier cijfers van 1000 tot 9999.
WW0407 = Een postcodegebied staat bij twee wijken.
WW0408 = Een regio noemt een gemeente die niet bestaat.
WW0501 = Een dienst staat niet in de map van een gemeente of regio.
WW0502 = Een dienst heeft geen description.
WW0503 = De description van een dienst is langer dan 200 tekens.
WW0504 = Een dienst heeft geen behoefte.
WW0505 = Een dienst noemt een behoefte die niet in config.toml staat.
WW0506 = Een dienst noemt een soort die niet in config.toml staat.
WW0507 = Een dienst of adres noemt een wijk die de gemeente niet heeft.
WW0508 = hele-gemeente staat samen met losse wijken.
WW0509 = Een dienst van een regio noemt wijken; die is er voor hele gemeenten.
WW0510 = Een waarde staat niet in de vaste lijst (toegang, kosten, doelgroep, status, toegankelijkheid).
WW0511 = Een telefoonnummer is geen Nederlands nummer.
WW0512 = Een e-mailadres is niet geldig.
WW0513 = Een website is geen volledig webadres met https://.
WW0514 = Een taal is geen code van twee letters (ISO 639-1).
WW0515 = De openingstijden zijn niet in de schrijfwijze van OpenStreetMap.
WW0516 = Een dienst is meer dan 12 maanden geleden gecontroleerd.
WW0517 = Een postcode is geen Nederlandse postcode (1234 AB).
WW0518 = Een dienst heeft geen telefoon, e-mail, website of adres.
WW0519 = Een veld bestaat niet en doet niets.
WW0520 = Een verplicht veld ontbreekt of is leeg.
WW0521 = Een veld heeft het verkeerde soort waarde, zoals een getal waar tekst hoort.
WW0522 = Een melding is te lang, of heeft een einddatum maar geen tekst.
WW0523 = Er staat tot wanneer een dienst gesloten is, maar de dienst is niet tijdelijk gesloten.
WW0601 = Een geïmporteerde dienst staat als concept, omdat een waarde niet klopt; de site toont hem pas als dat is opgelost.
WW0901 = Een fout in wijkwijzer zelf. Meld dit alsjeblieft bij de makers van Wijkwijzer.

## Mappen, snelkoppelingen en patronen

content-unreadable = de map content kan niet gelezen worden: { $error }
link-dangling = dit is een snelkoppeling (link) die nergens naar wijst
link-root-unreadable = de map van de site kan niet gelezen worden
link-outside = dit is een snelkoppeling (link) naar een bestand buiten de map van de site
link-to-folder = dit is een snelkoppeling (link) naar een map; een snelkoppeling mag alleen naar een bestand wijzen
skipped-link = overgeslagen: { $why }
    .help-content = Zet het bestand zelf in content/, of haal de snelkoppeling weg.
    .help-static = Zet het bestand zelf in static/, of haal de snelkoppeling weg.
file-name-not-url = deze bestandsnaam kan niet in een webadres
    .help = Geef het bestand een naam met alleen letters, cijfers, `-`, `_` en `.`.
orphan-file = overgeslagen: dit bestand hoort bij geen pagina of map, en de site heeft geen content/_index.md om het aan te hangen
    .help = Maak content/_index.md, of zet het bestand naast de pagina die het gebruikt.
ignore-pattern = `{ $pattern }` in { $key } is geen geldig patroon: { $detail }
    .help = Gebruik patronen zoals "*.docx" of "concepten/**".
front-matter-syntax = het blok bovenaan (front matter) klopt niet: { $detail }
    .help-toml = Tussen de regels `+++` staat TOML: `veld = "waarde"`, één per regel. Zet tekst tussen aanhalingstekens.
    .help-yaml = Tussen de regels `---` staat YAML: `veld: waarde`, één per regel.
unknown-taxonomy = taxonomie `{ $name }` staat niet in config.toml
    .help-suggest = Bedoel je `{ $word }`? Of zet {"{"} name = "{ $name }" {"}"} bij taxonomies in config.toml.
    .help = Zet {"{"} name = "{ $name }" {"}"} bij taxonomies in config.toml. Die zijn er nu: { $count ->
        [0] geen
       *[other] { $defined }
    }.
empty-term = `{ $term }` in { $name } geeft een leeg webadres
    .help = Gebruik een term met letters of cijfers.

## Markdown, links, shortcodes en sjablonen

shortcode-syntax =
    .help = Schrijf een shortcode zo: {"{{"} naam(arg="waarde") {"}}"}, of met tekst erin zo: {"{%"} naam() {"%}"}tekst{"{%"} end {"%}"}.
shortcode-expected-argument = shortcode `{ $name }`: hier hoort de naam van een argument of `)`
shortcode-argument-value = shortcode `{ $name }`: argument `{ $key }` heeft een waarde nodig, zoals { $key }="..."
shortcode-argument-problem = shortcode `{ $name }`, argument `{ $key }`: { $problem }
shortcode-expected-comma = shortcode `{ $name }`: na argument `{ $key }` hoort `,` of `)`
shortcode-expected-close = shortcode `{ $name }`: hier hoort `{ $close }` om de shortcode af te sluiten
shortcode-no-end = shortcode `{ $name }` heeft tekst erin, maar geen {"{%"} end {"%}"}
shortcode-list-depth = lijsten zitten meer dan { $max } keer in elkaar
shortcode-unclosed-text = de tekst wordt niet afgesloten met { $quote }
shortcode-list-comma = in de lijst hoort hier `,` of `]`
shortcode-expected-value = hier hoort een waarde: tekst tussen aanhalingstekens, een getal, true/false of een lijst
shortcode-bare-word = `{ $word }` is geen waarde; zet tekst tussen aanhalingstekens: "{ $word }"
shortcode-unknown = shortcode `{ $name }` bestaat niet. { $hint }Deze zijn er: { $count ->
        [0] geen
       *[other] { $available }
    }
shortcode-failed = shortcode `{ $name }` gaf een fout: { $detail }
    .help = Shortcodes staan in templates/shortcodes/ van de site of het thema, als NAAM.html of NAAM.md.
broken-link = link naar `{ $dest }`: het bestand content/{ $target } bestaat niet
    .help = Een link naar een andere pagina noemt een bestand uit de map content, zoals [tekst](@/gemeenten/_index.md). Kijk of de naam goed gespeld is, en of het bestand een concept (draft) is.
missing-anchor = link naar `@/{ $target }#{ $anchor }`: die pagina heeft geen kopje met id `{ $anchor }`
    .help = { $hint }Kopjes op die pagina: { $headings }
    .help-none = Die pagina heeft geen kopjes. Link naar de pagina zonder `#...`.
template-missing = sjabloon `{ $name }` bestaat niet
    .help = Zet het sjabloon in templates/ van de site of het thema, of haal deze regel weg om het gewone sjabloon te gebruiken.
theme-not-found = thema `{ $name }` bestaat niet: er is geen map themes/{ $name }/templates
    .help = Zet het thema in themes/NAAM/, of haal `theme` weg om het ingebouwde thema te gebruiken.
word-count = `{ $key }` moet { $expected } woorden hebben, met een spatie ertussen. Er staan er { $found }.
    .help = Zet ze alle { $expected } onder [translations] in config.toml, bijvoorbeeld voor de dagen: weekdays = "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".
script-word-missing = dit script toont het woord `{ $key }`, maar dat staat in geen enkele woordenlijst
    .help = Zet `{ $key } = "…"` onder [translations] in config.toml, of in i18n/nl.toml van het thema.
render-failed = { $detail } (bij het maken van { $rendering })
    .help = Kijk naar het sjabloon bij deze regel. Een thema dat voor Zola is gemaakt, kan iets van Tera gebruiken dat in MiniJinja anders heet.

## Webadressen en het schrijven van de site

claim-built-in = het ingebouwde bestand { $name }
claim-taxonomy = de lijst van { $name }
claim-term = de pagina `{ $term }` van { $name }
claim-file = { $file }
claim-first-page = de doorverwijzing naar pagina 1 van { $of }
claim-feed = de feed van { $of }
claim-page-n = pagina { $n } van { $of }
claim-alias = een alias in { $of }
claim-postcode-finder = de postcodezoeker
claim-lijstje = de pagina "Mijn lijstje"
claim-search = de zoekpagina
claim-wijk = de pagina van wijk `{ $wijk }` in { $gemeente }
claim-need = de pagina voor `{ $need }` in { $gemeente }
address-taken = het webadres { $path } is al van { $first }
    .help = Twee dingen kunnen niet hetzelfde webadres hebben. Geef { $second } een andere `slug` of `path`, of haal het dubbele weg.
output-write = dit bestand kon niet geschreven worden: { $error }
open-data-write = de open data kon niet geschreven worden: { $error }
search-index-write = de zoekindex kon niet geschreven worden: { $error }
output-io = { $path } kon niet geschreven worden: { $error }
output-escapes = `{ $path }` wordt niet geschreven: het is geen gewoon pad binnen de uitvoermap
output-contains-site = de uitvoermap { $dir } bevat de site zelf; kies een map zoals `public`
output-not-a-site = in de uitvoermap { $dir } staat `{ $file }`, dus het is geen eerdere versie van de site en de map zou helemaal vervangen worden. Kies een lege map, of een map zoals `public`
internal = fout in wijkwijzer zelf ({ $detail }). Meld dit alsjeblieft bij de makers van Wijkwijzer.

## Woorden in meldingen

severity-error = fout
severity-warning = waarschuwing
help-label = zo los je het op

## De opdrachtregel (wijkwijzer build, check, init, new, serve, leesbaarheid)

here-label = hier
cli-built = Klaar: { $pages } pagina's en { $sections } mappen in { $dir } ({ $files } bestanden, waarvan { $unchanged } ongewijzigd; { $ms } ms)
cli-checked = { $pages } pagina's en { $sections } mappen nagekeken in { $ms } ms: { $warnings ->
        [0] alles klopt
        [one] geen fouten, 1 waarschuwing
       *[other] geen fouten, { $warnings } waarschuwingen
    }
cli-not-built = De site is niet gebouwd: { $errors ->
        [one] er is 1 fout
       *[other] er zijn { $errors } fouten
    } om op te lossen. De vorige versie van de site is niet veranderd.
cli-check-failed = { $errors ->
        [one] Er is 1 fout
       *[other] Er zijn { $errors } fouten
    } om op te lossen.
cli-report-write = het verslag kon niet geschreven worden naar { $file }: { $error }
init-done = Nieuwe site voor { $gemeente } in { $dir } ({ $files } bestanden).
    Lees eerst { $guide }: daar staat wat je nu moet doen.
    Bekijk de site met: wijkwijzer serve --root { $dir }
new-done = Nieuw bestand: { $file }
    Vul de lege velden in. Daarna zegt `wijkwijzer check` of alles klopt.
starter-redactie = de webredactie kan zo niet aan: { $problem } { $help }
starter-not-empty = de map { $dir } bestaat al en is niet leeg
starter-gemeente-code = `{ $code }` is geen CBS-gemeentecode: schrijf GM en vier cijfers, zoals GM0213
starter-empty-slug = `{ $name }` geeft geen bruikbaar webadres: gebruik letters of cijfers in de naam
starter-wijken = { $file }, regel { $line }: { $problem }
starter-wijken-csv = { $detail }. Elke regel is: slug,naam,code,postcodes
starter-wijken-slug = wijk-slug `{ $slug }` kan niet in een webadres; gebruik kleine letters, cijfers en -
starter-exists = { $file } bestaat al; kies een andere titel of pas dat bestand aan
unknown-gemeente = gemeente `{ $slug }` staat niet in content/gemeenten/ (er zijn: { $known })
file-error = { $path }: { $error }
serve-started = De site staat op { $url } (stoppen: Ctrl+C)
serve-listen = kan niet luisteren op 127.0.0.1:{ $port }: { $error }
serve-watch = kan de wijzigingen in { $what } niet volgen: { $error }
serve-updated = { $pages ->
        [one] 1 pagina
       *[other] { $pages } pagina's
    } bijgewerkt in { $ms } ms
serve-built = { $pages } pagina's gebouwd in { $ms } ms
serve-still-served = De laatste goede versie van de site blijft te zien.
serve-build-failed = De site kon niet gebouwd worden; de laatste goede versie blijft te zien.
serve-nothing-built = Er is nog niets gebouwd.
serve-error-title = Bouwfout
serve-error-heading = De site kon niet gebouwd worden
leesbaarheid-words-per-sentence = w/zin
leesbaarheid-words = woorden
leesbaarheid-long = lang
leesbaarheid-file = bestand
leesbaarheid-too-hard = te moeilijk
leesbaarheid-norm = Norm: gemiddeld hoogstens { $words } woorden per zin, hoogstens { $percent }% lange woorden.
leesbaarheid-failed = { $count ->
        [one] 1 pagina
       *[other] { $count } pagina's
    } boven de norm voor eenvoudig Nederlands (B1).

## Hulp bij de opdrachten (wijkwijzer --help); een attribuut per optie

cmd-wijkwijzer = Maak een toegankelijke site over steun dichtbij huis, van Markdown-bestanden.
    .lang = De taal van de meldingen: nl (standaard) of en. Kan ook met WIJKWIJZER_LANG.
cmd-init = Begin een nieuwe site voor één gemeente, klaar om te controleren en te bouwen.
    .dir = De map voor de site (nieuw of leeg).
    .gemeente = De naam van de gemeente, zoals "Brummen".
    .code = De CBS-code van de gemeente, zoals GM0213.
    .wijken = Een CSV-bestand met de wijken: slug,naam,code,postcodes (postcodes gescheiden door spaties).
    .redactie = Zet de webredactie op /admin/ aan, voor deze forge: github, gitlab, gitea of forgejo.
    .repository = De repository van de site op de forge, als eigenaar/naam.
    .forge_url = Het adres van de forge als die op een eigen server staat, zoals https://git.gemeente.nl.
cmd-new = Voeg een gemeente, een dienst of een pagina toe, met uitleg bij elk veld.
cmd-new-gemeente = Een gemeente in content/gemeenten/.
    .naam = De naam, zoals "Brummen".
    .code = De CBS-code van de gemeente, zoals GM0213.
    .wijken = Een CSV-bestand met de wijken: slug,naam,code,postcodes.
    .root = De map van de site (met config.toml en content/).
cmd-new-dienst = Een dienst van een gemeente.
    .titel = De naam van de dienst, zoals "Inloop De Brug".
    .gemeente = De map van de gemeente in content/gemeenten/.
    .root = De map van de site (met config.toml en content/).
cmd-new-pagina = Een pagina: PATH in content/, zoals `over-ons` of `nieuws/opening`.
    .path = Waar de pagina komt, in content/, zoals over-ons.
    .titel = De titel van de pagina.
    .root = De map van de site (met config.toml en content/).
cmd-build = Bouw de site in de uitvoermap.
    .root = De map van de site (met config.toml en content/).
    .output_dir = Waar de site komt (standaard: output_dir uit config.toml, `public`).
    .base_url = Gebruik dit adres in plaats van base_url uit config.toml.
    .drafts = Neem ook pagina's en mappen mee die een concept (draft) zijn.
cmd-check = Controleer alles wat een build controleert, zonder iets te schrijven.
    .root = De map van de site (met config.toml en content/).
    .strict = Behandel waarschuwingen (zoals een oude datum bij gecontroleerd) als fouten.
    .drafts = Neem ook pagina's en mappen mee die een concept (draft) zijn.
    .format = Hoe de meldingen eruitzien: voor mensen (human), of voor CI (json, github, gitlab, sarif).
    .output = Schrijf het verslag naar dit bestand in plaats van naar het scherm (niet bij human).
cmd-search = Zoek in een gebouwde site met dezelfde zoekmachine als de browser, en toon de uitkomsten.
    .query = Wat een bewoner zou intypen.
    .output_dir = De gebouwde site (standaard: `public` in deze map).
    .gemeente = Alleen in deze gemeente.
    .wijk = Alleen in deze wijk.
    .behoefte = Alleen voor deze behoefte.
    .soort = Alleen deze soort dienst.
    .limit = Hoeveel uitkomsten.
    .explain = Toon per uitkomst hoe de score is opgebouwd.
cmd-leesbaarheid = Leesbaarheid van elke pagina (B1): gemiddelde zinslengte en aandeel lange woorden.
    .root = De map van de site (met config.toml en content/).
cmd-serve = Bouw de site, toon hem op 127.0.0.1 en bouw opnieuw bij elke wijziging.
    .root = De map van de site (met config.toml en content/).
    .port = De poort.
    .output_dir = Waar de site komt tijdens het tonen (standaard: `public` in de map van de site).
    .drafts = Neem ook pagina's en mappen mee die een concept (draft) zijn.

## Importeren (wijkwijzer import)

import-not-utf8 = { $file }, regel { $line }: dit bestand is geen geldige UTF-8-tekst. Sla het op als UTF-8 en probeer het opnieuw.
import-json = { $file }, regel { $line }, kolom { $column }: dit is geen geldige JSON ({ $detail })
import-not-services = { $file } bevat geen dienst en geen lijst met diensten (Open Referral HSDS 3.0)
import-csv = { $file }, regel { $line }: deze tabel klopt niet ({ $detail })
import-outside-package = { $file } noemt de tabel `{ $path }`, maar die staat niet in de map van het pakket; de import leest alleen tabellen in die map
import-not-a-service = { $origin } is geen dienst: een dienst is een object met velden zoals id en name
import-missing-id = { $origin }: deze dienst heeft geen id. Zonder id kan een volgende import de pagina niet terugvinden.
import-duplicate-id = id `{ $id }` staat twee keer in de bron: { $first } en { $second }. Elke dienst heeft een eigen id nodig.
import-mapping = { $file }, regel { $line }: het koppelbestand klopt niet: { $detail }
import-mapping-target = bij "{ $word }" staat `{ $slug }`, maar dat kan hier niet; kies uit: { $valid }
import-config = { $file }, regel { $line }: de instellingen kloppen niet: { $detail }. Kijk met `wijkwijzer check` wat er mis is.
import-two-pages = twee pagina's zeggen dat ze dienst `{ $id }` uit de bron zijn: { $first } en { $second }. Haal de regel id onder [extra.import] weg uit de pagina die een kopie is.
import-occupied = { $file } bestaat al; de import heeft niets veranderd. Probeer het opnieuw.
import-mapping-needed = De bron gebruikt { $words ->
        [one] 1 woord dat nog nergens aan gekoppeld is
       *[other] { $words } woorden die nog nergens aan gekoppeld zijn
    }. Het koppelbestand om in te vullen staat op het scherm. Bewaar het met `> koppeling.toml` achter de opdracht, vul het in en start de import opnieuw met --mapping koppeling.toml. Er is niets veranderd.
import-problem = { $field }: { $problem }
import-unknown-slug = `{ $slug }` is geen behoefte of soort van deze site
import-several-kinds = de bron noemt meerdere soorten ({ $kinds }); de eerste is gekozen
import-unknown-areas = de gebieden { $areas } horen bij geen wijk; vul ze in bij [gebieden] in het koppelbestand
import-unknown-value = `{ $value }` staat niet in het koppelbestand
import-never-checked = de bron zegt niet wanneer de gegevens zijn nagekeken (assured_date); zet gecontroleerd op de dag dat jij ze nakijkt
import-skeleton-intro = # Koppelingen voor `wijkwijzer import`. Zet tussen de aanhalingstekens achter elk
    # woord uit de bron waar het op deze site bij hoort. Een term of gebied dat je wilt
    # overslaan, krijgt [] (een lege lijst). Wat leeg blijft, maakt de dienst een concept.
    # Daarna: wijkwijzer import BRON --gemeente SLUG --mapping DIT-BESTAND
import-skeleton-termen = # Termen → behoeften ({ $needs }) of soorten ({ $kinds }); een lijst kan ook.
import-skeleton-gebieden = # Gebieden en postcodes → wijken ({ $wijken }) of "hele-gemeente".
import-skeleton-choose = # Kies uit: { $values }.
import-skeleton-count = { $count ->
        [one] 1 dienst
       *[other] { $count } diensten
    }
import-summary = Import uit { $source } voor { $gemeente }: { $services ->
        [one] 1 dienst
       *[other] { $services } diensten
    }.
import-dry-run = Proefimport (--dry-run): er is niets geschreven. Dit zou er veranderen:
import-count-new = nieuw: { $count }
import-count-updated = bijgewerkt: { $count }
import-count-unchanged = ongewijzigd: { $count }
import-count-kept = niet bijgewerkt, want de redactie heeft de velden die de bron verandert zelf aangepast: { $count } (overschrijven: --force)
import-count-missing = niet meer in de bron, blijven staan: { $count } (weghalen: --remove-missing)
import-count-removed = niet meer in de bron, weggehaald: { $count }
import-drafts = { $count ->
        [one] 1 dienst staat
       *[other] { $count } diensten staan
    } als concept, omdat iets niet klopt. `wijkwijzer check` noemt ze tot je het hebt opgelost:
import-unmapped = Velden uit de bron die niet op de site komen ({ $count }); --bewaar-bron bewaart ze onder [extra.bron], onzichtbaar voor bewoners:
import-unmapped-field = { $field }: { $count ->
        [one] 1 dienst
       *[other] { $count } diensten
    }, bijvoorbeeld "{ $example }"
import-kept-fields = { $file }: door de redactie aangepast en daarom niet overschreven: { $fields }
import-all-fields = alle velden
import-missing-file = { $file }: niet meer in de bron
import-draft = deze dienst is als concept geïmporteerd en staat nog niet op de site: { $problems }
    .help = Los de problemen op. Haal daarna `draft = true` weg, en de regel `problemen` onder [extra.import].
cmd-import = Importeer diensten uit Open Referral HSDS 3.0 of uit een spreadsheet.
    .source = Een JSON-bestand (een lijst met diensten, of één dienst), een map met zulke bestanden, een datapakket (datapackage.json met CSV-tabellen) of een spreadsheet (.xlsx of .csv).
    .template = Schrijf een leeg spreadsheet (.xlsx) zoals de import het leest, met keuzelijsten.
    .gemeente = De map van de gemeente in content/gemeenten/.
    .regio = De map van een regio in content/ (met [extra.regio]), in plaats van een gemeente.
    .mapping = Een TOML-bestand dat termen, gebieden en waarden uit de bron koppelt aan die van deze site.
    .dry_run = Laat zien wat er zou veranderen (als diff), en schrijf niets.
    .force = Vervang ook pagina's die de redactie na de vorige import heeft veranderd (nooit de tekst).
    .bewaar_bron = Bewaar velden uit de bron die niet op de site komen onder [extra.bron].
    .remove_missing = Haal pagina's weg van diensten die niet meer in de bron staan.
    .bron = Een naam voor de bron. Een import vergelijkt id's alleen met pagina's uit dezelfde bron. Standaard: hsds, of spreadsheet voor .xlsx en .csv.
    .root = De map van de site (met config.toml en content/).
redactieadres =
    .help = Zet bij [extra.wijkwijzer] het e-mailadres van de redactie, zoals redactieadres = "redactie@gemeente.nl". Het staat in de open data bij elke nagekeken dienst.
import-count-elsewhere = overgeslagen, want volgens hun adres op deze site horen ze bij een andere gemeente of bij de regio: { $count }

## Het verslag over de sociale kaart (wijkwijzer report)

report-title = Hoe actueel is de sociale kaart?
report-owner = { $owner }: { $count ->
        [one] 1 dienst
       *[other] { $count } diensten
    }{ $overdue ->
        [0] {""}
       *[other] , waarvan { $overdue } te lang niet nagekeken
    }
report-checked = nagekeken op { $date } ({ $days ->
        [0] vandaag
        [one] 1 dag geleden
       *[other] { $days } dagen geleden
    })
report-never = nooit nagekeken
report-missing = ontbreekt: { $fields }
report-no-text = geen tekst onder de velden
report-b1 = gemiddeld { $sentence } woorden per zin, { $percent }% lange woorden{ $plain ->
        [yes] , eenvoudig Nederlands (B1)
       *[no] , te moeilijk voor B1
    }
report-empty = Geen diensten die aan de vraag voldoen.
report-drafts = { $count ->
        [one] 1 dienst uit een import staat als concept en nog niet op de site
       *[other] { $count } diensten uit een import staan als concept en nog niet op de site
    }:
report-needs-check = Het verslag kan pas gemaakt worden als de site klopt. Los eerst de fouten hierboven op.
report-col-dienst = Dienst
report-col-gecontroleerd = Nagekeken
report-col-contact = Contact
report-col-ontbreekt = Ontbreekt
report-col-leesbaarheid = Leesbaarheid
cmd-report = Hoe actueel is de sociale kaart: per gemeente elke dienst met de datum waarop hij is nagekeken.
    .root = De map van de site (met config.toml en content/).
    .format = Hoe het verslag eruitziet: voor mensen (human), Markdown (md), CSV of JSON.
    .ouder_dan = Alleen diensten die langer geleden zijn nagekeken, zoals 12m, 90d of 1j.
    .output = Schrijf het verslag naar dit bestand in plaats van naar het scherm.
    .mails = Zet per e-mailadres van een aanbieder een e-mail (.eml) klaar in deze map, met de vraag of alles klopt.
mail-no-sender = e-mails kunnen pas gemaakt worden als config.toml het adres van de redactie noemt. Zet bij [extra.wijkwijzer] de regel redactieadres = "redactie@gemeente.nl"; de e-mails komen van dat adres.
mail-subject = Kloppen de gegevens van { $organisatie } op { $site }?
mail-intro = Beste { $organisatie },

    Op { $site } ({ $url }) zoeken bewoners hulp dichtbij huis. Daar staan de diensten hieronder, zo zien bewoners ze. Wil je nakijken of alles nog klopt?
mail-outro = Klopt alles? Stuur dan een kort antwoord: "Alles klopt." Klopt er iets niet? Schrijf dan in je antwoord wat er anders moet. Dan passen wij het aan.

    Dank je wel!

    Met vriendelijke groet,
    De redactie van { $site }
mail-page = Op de site
mail-phone = Telefoon
mail-email = E-mail
mail-website = Website
mail-open = Open
mail-address = Adres
mail-access = Zo kom je binnen
mail-cost = Kosten
mail-checked = Laatst nagekeken
mail-written = { $count ->
        [one] 1 e-mail
       *[other] { $count } e-mails
    } klaargezet in { $dir }. Open ze in je e-mailprogramma en verstuur ze.
mail-call = { $count ->
        [one] 1 dienst heeft
       *[other] { $count } diensten hebben
    } geen e-mailadres. Bel ze na:

## Spreadsheets (wijkwijzer import diensten.xlsx, --template)

import-spreadsheet = { $file }: de import kan dit spreadsheetbestand niet lezen ({ $detail }). Sla het opnieuw op als Excel-werkmap (.xlsx) en probeer het nog eens.
import-other-spreadsheet = { $file }: dit soort bestand leest de import niet. Open het in je spreadsheetprogramma en sla het op als Excel-werkmap (.xlsx) of als CSV.
import-merged-cells = { $file }, blad { $sheet }: de cellen { $cells } zijn samengevoegd. Dan weet de import niet bij welke dienst de waarde hoort. Maak het samenvoegen ongedaan en zet de waarde in elke regel die hem nodig heeft.
import-formula = { $file }, blad { $sheet }, cel { $cell }: hier staat een formule. De import leest alleen getypte waarden. Kopieer de kolom en plak hem terug als waarden (Plakken speciaal, Waarden).
import-no-id-column = { $file }: de eerste regel heeft geen kolom id. In de eerste regel staan de namen van de kolommen, zoals in het sjabloon (wijkwijzer import --template diensten.xlsx). Gevonden: { $found }
import-template-exists = { $file } bestaat al. Kies een andere naam: de import overschrijft nooit een bestand dat misschien al is ingevuld.
import-windows-1252 = { $file } is niet als UTF-8 opgeslagen. De import heeft het gelezen als Windows-1252, zoals Excel en LibreOffice een CSV-bestand vaak opslaan. Kijk na de import of letters als é, ë en ï goed zijn overgekomen. Kies bij opslaan de volgende keer "CSV UTF-8".
import-unknown-regio = `{ $path }` is geen regio: er is geen map content/{ $path } met een _index.md met [extra.regio] ({ $count ->
        [0] deze site heeft geen regio
       *[other] er zijn: { $known }
    })
import-template-not-xlsx = { $file }: het sjabloon is een Excel-werkmap. Geef een naam die eindigt op .xlsx, zoals diensten.xlsx.
import-location-row = { $origin }: deze regel herhaalt id { $id } voor nog een adres, maar de kolom { $column } is anders dan op de eerste regel van die dienst ({ $first }). Vul op zo'n regel alleen de kolommen van de locatie in, of geef de dienst een eigen id als het een andere dienst is.
import-nothing-to-keep = { $source } heeft geen enkele dienst. Met --remove-missing zou de import alle diensten uit deze bron weghalen; dat doet hij niet. Kijk of je het goede bestand hebt gekozen. Er is niets veranderd.
import-bad-utf8 = { $file } is opgeslagen als UTF-8, maar een paar tekens kloppen niet. Die staan nu als � in de pagina's. Kijk ze na.
import-template-written = Het sjabloon staat in { $file }. Vul het in en lees het in met: { $command }
template-sheet-help = Uitleg
template-intro = Vul op het blad Diensten één regel per dienst in. Heeft een dienst meer adressen? Zet het id nog een keer op een nieuwe regel en vul daar alleen de kolommen van de locatie in. Lees het bestand daarna in met: { $command }
template-heading-column = Kolom
template-heading-help = Wat vul je in?
template-heading-example = Voorbeeld
template-column =
    .id = Een vast nummer of een code voor de dienst, zoals 1, 2, 3. Verplicht. Verander het later niet: zo vindt een volgende import de dienst terug.
    .naam = De naam van de dienst, zoals bewoners hem kennen. Verplicht.
    .beschrijving = Een of twee zinnen over wat de dienst doet, in eenvoudige taal. Hoogstens 200 tekens. Verplicht.
    .behoefte = Waar helpt de dienst bij? Kies uit de lijst. Meer dan één? Gebruik ook behoefte 2 en behoefte 3. Minstens één is verplicht.
    .soort = Wat voor dienst is het? Kies uit de lijst. Verplicht.
    .organisatie = De organisatie die de dienst geeft. Verplicht.
    .wijk = In welke wijk is de dienst? Kies uit de lijst, of Hele gemeente. Meer wijken? Gebruik ook wijk 2 en wijk 3. Leeg betekent de hele gemeente.
    .telefoon = Het telefoonnummer, zoals 0575 123 456. Een tweede nummer kan in telefoon 2.
    .e-mail = Het e-mailadres voor vragen. Naar dit adres gaat ook de vraag om de gegevens na te kijken (wijkwijzer report --mails).
    .website = Het adres van de website van de dienst, met https:// ervoor.
    .openingstijden = Wanneer is de dienst open? Schrijf het zoals OpenStreetMap, bijvoorbeeld Mo-Fr 09:00-17:00. De handleiding voor de redactie (REDACTIE.md) legt het uit.
    .toegang = Hoe kom je bij de dienst? Kies uit de lijst. Verplicht.
    .kosten = Wat kost het? Kies uit de lijst. Verplicht.
    .doelgroep = Voor wie is de dienst? Kies uit de lijst. Meer dan één? Typ ze met een komma ertussen. Voor iedereen? Laat het leeg.
    .talen = In welke talen kun je hulp krijgen? Taalcodes met een komma ertussen, zoals nl, en, ar.
    .status = Open, Tijdelijk gesloten of Gestopt. Leeg betekent Open.
    .gecontroleerd = De dag waarop iemand de gegevens voor het laatst heeft nagekeken, zoals 1-3-2026. Verplicht.
    .locatie = De naam van het gebouw of de plek, als die er is.
    .adres = Straat en huisnummer.
    .postcode = De postcode, zoals 6971 AB. Met de postcode vindt de site ook de wijk.
    .plaats = De plaats.
    .toegankelijkheid = Wat is er geregeld voor mensen met een beperking? Kies uit de lijst. Meer dan één? Typ ze met een komma ertussen.
template-example =
    .id = 17
    .naam = Inloop De Horst
    .beschrijving = Loop binnen voor koffie en een praatje. Er is altijd iemand die naar je luistert.
    .behoefte = (kies uit de lijst)
    .soort = (kies uit de lijst)
    .organisatie = Stichting Welzijn
    .wijk = (kies uit de lijst)
    .telefoon = 0575 123 456
    .e-mail = info@example.nl
    .website = https://www.example.nl
    .openingstijden = Mo-Fr 09:00-17:00
    .toegang = Zonder afspraak of aanmelding
    .kosten = Gratis
    .doelgroep = volwassenen, naasten en mantelzorgers
    .talen = nl, en
    .status = Open
    .gecontroleerd = 1-3-2026
    .locatie = Buurthuis De Horst
    .adres = Horstweg 12
    .postcode = 6971 AB
    .plaats = Brummen
    .toegankelijkheid = toegankelijk met een rolstoel, aangepast toilet

snel-weg-adres = Het adres "{ $value }" van de knop Snel weg is geen webadres met https://.
    .help = Schrijf het hele adres van een gewone site, zoals "https://www.google.nl/". Met adres = "" is er geen knop.
snel-weg-behoeften = Bij de knop Snel weg moet behoeften een lijst van onderwerpen zijn, zoals ["relaties-veiligheid"].
    .help = Noem de onderwerpen waarvan de pagina's de knop krijgen.
snel-weg-behoefte = De knop Snel weg noemt het onderwerp "{ $slug }", maar dat staat niet bij [[extra.behoeften]].
    .help = Kies uit: { $valid }.
snel-weg-key = De knop Snel weg heeft geen instelling "{ $key }".
    .help = Er zijn er twee: adres (waar de knop heen gaat) en behoeften (op welke pagina's hij staat).
offline-aan = Bij offline moet aan true of false zijn, niet { $value }.
    .help = Schrijf aan = false om de offline-hulp uit te zetten. Zonder deze regel staat hij aan.
offline-pagina = De pagina { $value } bij offline bestaat niet.
    .help = Noem een pagina zoals in een link: pagina = "@/nu-hulp.md". Met pagina = "" bewaart de site alleen de hulplijnen.
offline-table = Offline is een tabel met instellingen, geen losse waarde ({ $value }).
    .help = Schrijf het zo: [extra.wijkwijzer.offline] met daaronder aan = false.
offline-key = Offline heeft geen instelling "{ $key }".
    .help = Er zijn er twee: aan (true of false) en pagina (de pagina voor als het nu niet goed gaat).
claim-offline = de pagina voor als er geen internet is
redactie-config = De instellingen van de webredactie ([extra.wijkwijzer.redactie]) kloppen niet: { $detail }
    .help = Je hebt nodig: backend ("github", "gitlab", "gitea" of "forgejo") en repository ("eigenaar/naam"). Mag ook: branch, forge_url, app_id, login_url. REDACTIE.md legt ze uit.
redactie-repository = "{ $value }" is geen repository. Schrijf de eigenaar en de naam met een / ertussen.
    .help = Bijvoorbeeld repository = "gemeente-brummen/sociale-kaart", zoals in het adres van de repository op de forge.
redactie-branch = "{ $value }" kan geen naam van een branch zijn.
    .help = Meestal is het "main". Kijk op de forge welke branch de site bouwt.
redactie-url = { $key } = "{ $value }" is geen webadres met https://.
    .help = Schrijf het hele adres, zoals "https://git.gemeente.nl".
redactie-forge-url-missing = Bij Gitea en Forgejo moet de redactie weten waar de forge staat.
    .help = Zet het adres erbij, zoals forge_url = "https://git.gemeente.nl".
redactie-generated = Gemaakt door wijkwijzer build uit config.toml en het inhoudscontract. Pas dit bestand niet aan: het wordt bij elke build opnieuw gemaakt.
redactie-option =
    .hele-gemeente = Hele gemeente
redactie-collection =
    .diensten = Diensten
    .diensten-in = Diensten in { $gemeente }
    .dienst = Dienst
    .gemeenten = Gemeenten
    .paginas = Pagina's
    .pagina = Pagina
redactie-label =
    .gesloten_tot = Gesloten tot en met
    .melding = Melding
    .melding_tot = Melding tot en met
    .title = Naam van de dienst
    .title-pagina = Titel
    .title-gemeente = Naam van de gemeente
    .description = Korte beschrijving
    .taxonomies = Onderwerpen
    .behoeften = Waar helpt de dienst bij?
    .extra = Gegevens
    .extra-gemeente = Gegevens van de gemeente
    .dienst = Over de dienst
    .soort = Soort dienst
    .organisatie = Organisatie
    .wijken = Wijken
    .doelgroep = Voor wie?
    .toegang = Hoe kom je binnen?
    .kosten = Wat kost het?
    .status = Status
    .telefoon = Telefoonnummers
    .nummer = Telefoonnummer
    .email = E-mailadres
    .website = Website
    .talen = Talen
    .taal = Taalcode
    .openingstijden = Openingstijden
    .gecontroleerd = Nagekeken op
    .voorbeeld = Voorbeeldgegevens
    .locaties = Adressen
    .locatie = Adres
    .wijk = Wijk
    .locatie-naam = Naam van het gebouw of de plek
    .adres = Straat en huisnummer
    .postcode = Postcode
    .plaats = Plaats
    .locatie-wijk = Wijk
    .toegankelijkheid = Toegankelijkheid
    .body = Tekst
    .weight = Volgorde
    .map = Map
    .gemeente = Gemeente
    .gemeente-code = CBS-code van de gemeente
    .wijken-gemeente = Wijken
    .wijk-slug = Korte naam voor het adres
    .wijk-naam = Naam van de wijk
    .wijk-code = CBS-code van de wijk
    .postcodes = Postcodegebieden
    .pc4 = Vier cijfers van de postcode
redactie-hint =
    .gesloten_tot = Alleen als de status Tijdelijk gesloten is: de laatste dag dat de dienst dicht is. Daarna toont de site de dienst weer als open.
    .melding = Is er iets anders dan anders? Bijvoorbeeld: Dicht in de kerstvakantie, of: Er is een wachtlijst. Eén korte zin. De site zet hem bovenaan de pagina en in de lijsten.
    .melding_tot = De laatste dag dat de melding klopt. Daarna verdwijnt hij vanzelf. Leeg laten als hij blijft gelden.
    .title = Zoals bewoners de dienst kennen.
    .description = Een of twee zinnen over wat de dienst doet, in eenvoudige taal. Hoogstens 200 tekens.
    .description-pagina = Een of twee zinnen. Zoekmachines en de lijsten op de site tonen ze.
    .behoeften = Kies er één of meer.
    .organisatie = De organisatie die de dienst geeft.
    .wijken = Kies de wijken, of Hele gemeente als de dienst voor iedereen in de gemeente is.
    .doelgroep = Voor iedereen? Laat het leeg.
    .status = Leeg betekent open.
    .telefoon = Zoals mensen het bellen, bijvoorbeeld 0575 123 456 of 0800-1205.
    .email = Naar dit adres gaat ook de vraag om de gegevens na te kijken.
    .talen = Twee letters per taal, zoals nl, en, ar.
    .openingstijden = Schrijf het zoals OpenStreetMap, bijvoorbeeld Mo-Fr 09:00-17:00 of Tu,Th 10:00-12:00. Leeg als er geen vaste tijden zijn.
    .handleiding = Zo schrijf je openingstijden.
    .gecontroleerd = De dag waarop iemand de gegevens heeft nagekeken. Vul vandaag in als je ze net hebt nagekeken.
    .voorbeeld = Alleen voor verzonnen gegevens. De site zegt dan dat het een voorbeeld is.
    .locaties = Een adres waar je naartoe kunt. Voeg er meer toe als de dienst op meer plekken is.
    .adres = Bijvoorbeeld Kerkstraat 1.
    .postcode = Bijvoorbeeld 6971 AB.
    .locatie-wijk = Leeg laten mag: de site zoekt de wijk dan bij de postcode.
    .body = Wat gebeurt er, voor wie is het, hoe begin je? Gebruik korte zinnen.
    .weight = Een getal: een lager getal komt eerder in de lijst.
    .gemeente-code = GM en vier cijfers, zoals GM0213.
    .wijk-slug = Kleine letters en streepjes, zoals de-heide. Verander hem later liever niet: diensten en adressen gebruiken hem.
    .postcodes = De vier cijfers van elke postcode die in de wijk valt.
redactie-pattern =
    .melding = Eén regel van hoogstens 200 tekens.
    .description = Hoogstens 200 tekens.
    .telefoon = Alleen cijfers, spaties, streepjes en haakjes, zoals 0575 123 456.
    .postcode = Vier cijfers en twee hoofdletters, zoals 6971 AB.
    .email = Dit is geen e-mailadres.
    .website = Begin met https:// en schrijf het hele adres.
    .taal = Twee kleine letters, zoals nl.
    .pc4 = Vier cijfers, zoals 6971.
    .gemeente-code = GM en vier cijfers, zoals GM0213.
gesloten-tot-unused = Er staat tot wanneer de dienst gesloten is (gesloten_tot), maar de status is niet "tijdelijk-gesloten".
    .help = Is de dienst tijdelijk dicht? Zet dan status = "tijdelijk-gesloten". Is hij weer open? Haal gesloten_tot weg.
melding-too-long = De melding heeft { $count } tekens. Dat is te lang voor één regel in de lijsten.
    .help = Houd de melding korter dan 200 tekens. Meer uitleg kan in de tekst van de pagina.
melding-tot-alone = Er staat tot wanneer de melding geldt (melding_tot), maar er is geen melding.
    .help = Schrijf de melding erbij, zoals melding = "Dicht in de kerstvakantie.", of haal melding_tot weg.
