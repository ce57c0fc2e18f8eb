# Wijkwijzer: everything an editor reads, in English (choose with --lang en or
# WIJKWIJZER_LANG=en). Every message is also in nl.ftl, with the same ids and the same
# $variables; a test keeps them in step.

## General

did-you-mean = Did you mean `{ $word }`?{" "}

## Fields in a file's front matter

not-a-table = [{ $table }] must be a table
    .help = Write it as a [{ $table }] block with one field per line.
field-missing = `{ $key }` is missing or empty
    .help-text = Add { $key } = "..." to this block and fill in the text between the quotes.
    .help-list = Add { $key } = ["..."] to this block.
    .help-date = Add { $key } = YYYY-MM-DD to this block: the day someone last checked this entry.
not-text = `{ $key }` must be text, not { $found ->
        [integer] a number
        [float] a number
        [boolean] true or false
        [datetime] a date
        [array] a list
        [table] a table
       *[other] { $found }
    }
    .help = Put the value in quotes: { $key } = "...".
not-texts = `{ $key }` must be a list of texts
    .help = Write { $key } = ["...", "..."].
not-a-list = `{ $key }` must be a list of texts, not { $found ->
        [integer] a number
        [float] a number
        [boolean] true or false
        [datetime] a date
        [table] a table
       *[other] { $found }
    }
list-empty = `{ $key }` needs at least one value
    .help = Write { $key } = ["..."].
unknown-value = unknown { $what ->
        [need] need
        [wijk] wijk
        [municipality] municipality
        [kind] kind of service
        [status] status
        [toegang] access
        [kosten] cost
        [target-group] target group
        [accessibility] accessibility feature
       *[other] value
    } `{ $value }`
    .help = { $hint }Valid values: { $valid }
not-a-bool = `{ $key }` must be true or false
    .help = Write { $key } = true or { $key } = false.
not-a-date = `{ $key }` is not a date
    .help = Write the date as { $key } = 2026-09-01 (year-month-day, without quotes).
not-tables = `{ $key }` must be a list of tables
    .help = Write each as a [[...{ $key }]] block.
opening-hours = opening hours `{ $value }` are not valid: { $detail }
    .help = Use OpenStreetMap opening hours, such as "Mo-Fr 09:00-17:00", "Tu,Th 10:00-12:00; Sa[1] 13:00-16:00" or "24/7". REDACTIE.md has more examples.
unknown-field = unknown field `{ $key }`
    .help = { $hint }Fields here: { $fields }

## Municipalities, wijken and regions

gemeente-code = `{ $code }` is not a CBS municipality code
    .help = Write GM and four digits, such as code = "GM0213".
wijk-slug = wijk slug `{ $slug }` cannot be used in a web address
    .help = Use lowercase letters, digits and `-`, such as slug = "{ $suggestion }".
wijk-reserved = `hele-gemeente` cannot be a wijk: the name is reserved for services for the whole municipality
    .help = Give the wijk another slug.
wijk-twice = wijk `{ $slug }` is listed twice
    .help = Give every wijk its own slug.
wijk-code = `{ $code }` is not a CBS wijk code
    .help = Write WK and six characters, such as code = "WK021300".
postcode-in-two-wijken = postcode area { $pc } is also in wijk `{ $wijk }` ({ $file })
    .help = Every postcode area belongs to one wijk: the one where most of its addresses are.
dienst-outside-gemeente = this service is not inside the folder of a municipality or region
    .help = Move the file into the folder of its municipality (a folder whose _index.md has [extra.gemeente]), such as content/gemeenten/<gemeente>/.
need-slug = need slug `{ $slug }` cannot be used in a web address, or is listed twice
    .help = Use lowercase letters, digits and `-`, each slug once.
needs-taxonomy-missing = the needs in [extra.behoeften] need the taxonomy `behoeften`
    .help = Add taxonomies = [{"{"} name = "behoeften" {"}"}] to config.toml.

## Services

description-missing = a service needs a description
    .help = Add description = "..." at the top: one or two short sentences on what the service does, at most 200 characters.
description-too-long = the description has { $count } characters; at most 200
    .help = Keep it to one or two short sentences; put the rest in the text below the front matter.
needs-missing = a service needs at least one need
    .help = Add a line behoeften = ["..."] under [taxonomies]. Valid needs: { $valid }
hele-gemeente-combined = `hele-gemeente` cannot be combined with single wijken
    .help = Write either ["hele-gemeente"] or a list of wijken.
region-dienst-wijken = a region service serves whole municipalities
    .help = Write wijken = ["hele-gemeente"].
phone-characters = a phone number may only hold digits, spaces, `-`, `+` and brackets
phone-foreign = only Dutch numbers (+31) are allowed
phone = `{ $value }` is not a Dutch phone number
    .help = Write a Dutch number as people dial it, such as "0575 123 456", "06-12345678" or "0800-1205".
postcode = `{ $value }` is not a Dutch postcode
    .help = Write four digits and two capital letters, such as postcode = "6971 AA".
postcode4 = `{ $value }` is not the number part of a Dutch postcode (four digits, 1000 to 9999)
    .help = List the four-digit postcode areas of the wijk, such as postcodes = ["6971", "6972"].
email = `{ $value }` is not an e-mail address
    .help = Write one address, such as email = "info@voorbeeld.nl".
website = `{ $value }` is not a web address starting with https://
    .help = Write the full address, such as website = "https://www.voorbeeld.nl/inloop".
website-invalid = `{ $value }` is not a web address ({ $detail })
language = `{ $value }` is not a two-letter language code (ISO 639-1)
    .help = Use two-letter ISO 639-1 codes, such as "nl", "en", "ar", "tr", "pl", "uk".
checked-long-ago = this entry was last checked on { $date }, more than 12 months ago
    .help = Check that the information is still right, then set gecontroleerd to today's date.
no-contact = a service needs a way to reach it
    .help = Add at least one of telefoon, email, website or a [[extra.dienst.locaties]] block.

## Help lines in config.toml

hulplijnen-not-tables = `hulplijnen` must be a list of blocks
    .help = Write each help line as an [[extra.hulplijnen]] block.
hulplijn-field-missing = help line { $n }: `{ $key }` is missing or empty
    .help = Add { $key } = "..." to this [[extra.hulplijnen]] block.
hulplijn-problem = help line `{ $naam }`: { $problem }
hulplijn-phone =
    .help = Write the number as people dial it, such as "0800-0113" or "113".
hulplijn-number-not-text = help line `{ $naam }`: `{ $key }` must be text
    .help = Put the number in quotes: { $key } = "0800-0113".
hulplijn-unknown-field = help line `{ $naam }`: unknown field `{ $key }`
    .help = { $hint }Fields of a help line: { $fields }
hulplijn-source-missing = help line `{ $naam }` does not say where its number was checked
    .help = Add bron = "https://..." to the block: the organisation's own page that gives the number.
hulplijn-source =
    .help = Write the full address of the page that gives the number, such as bron = "https://www.113.nl/".
hulplijn-checked-missing = help line `{ $naam }` does not say when its number was checked
    .help = Add gecontroleerd = YYYY-MM-DD to the block: the day someone checked the number at its source.
hulplijn-checked-long-ago = help line `{ $naam }` was last checked on { $date }, more than 12 months ago
    .help = Check the number at its source (bron), then set gecontroleerd to today's date.

## config.toml

config-unreadable = cannot read the site configuration (config.toml): { $error }
    .help = Every site needs a config.toml next to content/; pass the site folder with --root.
config-syntax = config.toml is not valid: { $detail }
    .help = Check that every text is in quotes and every [header] appears once. The settings are listed at https://www.getzola.org/documentation/getting-started/configuration/.
config-base-url = base_url `{ $value }` is not a web address
    .help = Write the full address of the site, such as base_url = "https://www.example.nl".
config-feed-name = `{ $name }` in feed_filenames must be a plain file name
    .help = Use names such as "atom.xml" or "rss.xml".
config-paginate-path = paginate_path `{ $value }` of taxonomy `{ $taxonomy }` must be one word for a web address
    .help = Use lowercase letters, digits and `-`, such as "pagina".
config-taxonomy-name = taxonomy name `{ $name }` cannot be used in a web address
    .help = Use lowercase letters, digits and `-` only.
region-config = [extra] is not valid: { $detail }
    .help = Every [[extra.behoeften]] block needs a slug and a label, and so does every [[extra.soorten]] block.

## Files in content/

file-too-large = this file is { $size } MB; a Markdown file may be at most { $max } MB
    .help = Split the text over several pages, or put a large download in static/ and link to it.
file-unreadable = cannot read this file: { $error }
not-utf8 = this file is not valid UTF-8 text
    .help = Save the file as UTF-8 in your editor ("Save with encoding" → UTF-8).
front-matter-unclosed = the front matter opened here is never closed with `{ $fence }`
    .help = Put a line with only `{ $fence }` after the last front matter line.
front-matter-missing = this file has no front matter
    .help = Start the file with a block like:
        +++
        title = "Titel van de pagina"
        +++
paginate-path = paginate_path `{ $value }` must be one word for a web address
    .help = Use lowercase letters, digits and `-`, such as paginate_path = "pagina".
unknown-front-matter-field = unknown front matter field `{ $key }` is ignored
    .help-suggest = Did you mean `{ $word }`? Your own fields go under [extra].
    .help = Page fields are: { $fields }. Your own fields go under [extra].
empty-slug = slug `{ $slug }` is empty once made fit for a web address
    .help = Set a slug of letters and digits, such as slug = "inloop-de-brug".
empty-slug-file = the file name `{ $name }` gives an empty web address
path-empty = is empty
path-escapes = would lead outside the site (it contains `..`)
path-bad-character = contains `{ $character }`, which cannot be used in a web address
bad-path = path `{ $value }` { $problem }
    .help = Use a path inside the site, such as path = "hulp/inloop".
bad-date = { $key } `{ $value }` is not a date
    .help = Write a date as 2026-03-01, or a date and time as 2026-03-01T10:00:00+01:00.
bad-alias = alias `{ $alias }` { $problem }
    .help = An alias is an old address inside this site, such as aliases = ["oud/adres"].
unknown-language = the file name says language `{ $code }`, but config.toml does not define it
    .help = Add [languages.{ $code }] to config.toml, or rename the file without `.{ $code }`.

## What each code means (the table in REDACTIE.md, and the rules in SARIF)

WW0101 = config.toml is missing or cannot be read.
WW0102 = config.toml is not valid TOML, or a setting has the wrong type.
WW0103 = base_url is not a web address.
WW0104 = A name in feed_filenames is not a plain file name.
WW0105 = A taxonomy has a name or paginate_path that cannot be used in a web address.
WW0106 = The theme named in config.toml does not exist.
WW0107 = A pattern in ignored_content or ignored_static is not valid.
WW0108 = [extra] is incomplete: every need and kind of service needs a slug and a label.
WW0109 = A need's slug cannot be used in a web address, or is listed twice.
WW0110 = There are needs, but config.toml lacks the taxonomy behoeften.
WW0111 = A help line does not say where its number was checked (bron).
WW0112 = A help line does not say when its number was checked, or that was more than 12 months ago.
WW0113 = The web editor's settings are not right.
WW0114 = The settings of the quick exit (Snel weg) are not right.
WW0115 = The settings of offline help ([extra.wijkwijzer.offline]) are not right.
WW0116 = A word under [translations] in config.toml is not right.
WW0201 = The content folder cannot be read.
WW0202 = A symbolic link points outside the site, to nothing or to a folder; the file was skipped.
WW0203 = A Markdown file is larger than 10 MB.
WW0204 = A file cannot be read.
WW0205 = A file is not saved as UTF-8.
WW0206 = The front matter at the top is never closed.
WW0207 = A page has no front matter at the top.
WW0208 = The front matter is not valid TOML or YAML, or a field has the wrong type.
WW0209 = A front matter field does not exist and does nothing.
WW0210 = The file name or slug gives an empty web address.
WW0211 = The path field is not an address inside the site.
WW0212 = A date (date or updated) is not a date.
WW0213 = paginate_path cannot be used in a web address.
WW0214 = An alias is not an old address inside the site.
WW0215 = The file name names a language that config.toml does not define.
WW0216 = A file name cannot be used in a web address.
WW0217 = A file belongs to no page; it was skipped.
WW0218 = A page uses a taxonomy that config.toml does not define.
WW0219 = A taxonomy term gives an empty web address.
WW0301 = A shortcode is not written correctly.
WW0302 = A shortcode does not exist or failed.
WW0303 = A link to another page (@/...) names a file that does not exist.
WW0304 = A link names a heading that is not on that page.
WW0305 = A page names a template that does not exist.
WW0306 = A template failed.
WW0307 = Two things have the same web address.
WW0308 = A file of the site could not be written.
WW0401 = A municipality's code is not a CBS municipality code (GM and four digits).
WW0402 = A wijk's slug cannot be used in a web address.
WW0403 = hele-gemeente cannot be a wijk; it is reserved for services for the whole municipality.
WW0404 = A wijk is listed twice.
WW0405 = A wijk's code is not a CBS wijk code (WK and six characters).
WW0406 = A postcode area is not four digits from 1000 to 9999.
WW0407 = A postcode area is listed in two wijken.
WW0408 = A region names a municipality that does not exist.
WW0501 = A service is not in the folder of a municipality or region.
WW0502 = A service has no description.
WW0503 = A service's description is longer than 200 characters.
WW0504 = A service has no need.
WW0505 = A service names a need that config.toml does not define.
WW0506 = A service names a kind that config.toml does not define.
WW0507 = A service or address names a wijk the municipality does not have.
WW0508 = hele-gemeente is combined with single wijken.
WW0509 = A region's service names wijken; it serves whole municipalities.
WW0510 = A value is not in its fixed list (toegang, kosten, doelgroep, status, toegankelijkheid).
WW0511 = A phone number is not a Dutch number.
WW0512 = An e-mail address is not valid.
WW0513 = A website is not a full web address with https://.
WW0514 = A language is not a two-letter code (ISO 639-1).
WW0515 = The opening hours are not written the OpenStreetMap way.
WW0516 = A service was checked more than 12 months ago.
WW0517 = A postcode is not a Dutch postcode (1234 AB).
WW0518 = A service has no phone, e-mail, website or address.
WW0519 = A field does not exist and does nothing.
WW0520 = A required field is missing or empty.
WW0521 = A field has the wrong kind of value, such as a number where text belongs.
WW0522 = A notice is too long, or has an end date but no text.
WW0523 = It says until when a service is closed, but the service is not temporarily closed.
WW0601 = An imported service is a draft because a value is wrong; the site shows it once that is fixed.
WW0901 = A fault in wijkwijzer itself. Please report it.

## Folders, links and patterns

content-unreadable = cannot read the content folder: { $error }
link-dangling = this is a link that points to nothing
link-root-unreadable = the site folder cannot be read
link-outside = this is a link to a file outside the site folder
link-to-folder = this is a link to a folder; only files can be linked
skipped-link = skipped: { $why }
    .help-content = Put the file itself in content/, or remove the link.
    .help-static = Put the file itself in static/, or remove the link.
file-name-not-url = this file name cannot be used in a web address
    .help = Rename the file using letters, digits, `-`, `_` and `.` only.
orphan-file = skipped: this file belongs to no page or section, and the site has no content/_index.md to hang it on
    .help = Add content/_index.md, or move the file next to the page that uses it.
ignore-pattern = `{ $pattern }` in { $key } is not a valid pattern: { $detail }
    .help = Use patterns like "*.docx" or "concepten/**".
front-matter-syntax = the front matter is not valid: { $detail }
    .help-toml = Front matter between `+++` lines is TOML: `key = "value"`, one per line; put text in quotes.
    .help-yaml = Front matter between `---` lines is YAML: `key: value`, one per line.
unknown-taxonomy = taxonomy `{ $name }` is not defined in config.toml
    .help-suggest = Did you mean `{ $word }`? Or add {"{"} name = "{ $name }" {"}"} to taxonomies in config.toml.
    .help = Add {"{"} name = "{ $name }" {"}"} to taxonomies in config.toml (defined now: { $count ->
        [0] none
       *[other] { $defined }
    }).
empty-term = `{ $term }` in { $name } gives an empty web address
    .help = Use a term with letters or digits.

## Markdown, links, shortcodes and templates

shortcode-syntax =
    .help = Write a shortcode as {"{{"} naam(arg="waarde") {"}}"}, or {"{%"} naam() {"%}"}tekst{"{%"} end {"%}"} with a body.
shortcode-expected-argument = shortcode `{ $name }`: expected an argument name or `)`
shortcode-argument-value = shortcode `{ $name }`: argument `{ $key }` needs a value, as in { $key }="..."
shortcode-argument-problem = shortcode `{ $name }`, argument `{ $key }`: { $problem }
shortcode-expected-comma = shortcode `{ $name }`: expected `,` or `)` after argument `{ $key }`
shortcode-expected-close = shortcode `{ $name }`: expected `{ $close }` to close the call
shortcode-no-end = shortcode `{ $name }` has a body but no {"{%"} end {"%}"}
shortcode-list-depth = lists nest more than { $max } deep
shortcode-unclosed-text = the text has no closing { $quote }
shortcode-list-comma = expected `,` or `]` in the list
shortcode-expected-value = expected a value: text in quotes, a number, true/false or a list
shortcode-bare-word = `{ $word }` is not a value; put text in quotes: "{ $word }"
shortcode-unknown = unknown shortcode `{ $name }`. { $hint }Available shortcodes: { $count ->
        [0] none
       *[other] { $available }
    }
shortcode-failed = shortcode `{ $name }` failed: { $detail }
    .help = Shortcodes live in templates/shortcodes/ of the site or theme, as NAME.html or NAME.md.
broken-link = link to `{ $dest }`: there is no file content/{ $target }
    .help = Internal links name a file from the content folder, such as [tekst](@/gemeenten/_index.md). Check the spelling and whether the file is a draft.
missing-anchor = link to `@/{ $target }#{ $anchor }`: that page has no heading with id `{ $anchor }`
    .help = { $hint }Headings in that page: { $headings }
    .help-none = That page has no headings; link to the page without `#...`.
template-missing = template `{ $name }` does not exist
    .help = Put the template in templates/ of the site or theme, or remove this line to use the default.
theme-not-found = theme `{ $name }` not found: there is no folder themes/{ $name }/templates
    .help = Put the theme in themes/NAME/, or remove `theme` to use the built-in default theme.
word-count = `{ $key }` must have { $expected } words, separated by spaces; it has { $found }
    .help = Write all { $expected } under [translations] in config.toml, for example for weekdays: weekdays = "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".
script-word-missing = this script shows the word `{ $key }`, but no catalogue has it
    .help = Add `{ $key } = "…"` under [translations] in config.toml, or to the theme's i18n/nl.toml.
render-failed = { $detail } (while rendering { $rendering })
    .help = Check the template near this line; a theme made for Zola may use a Tera feature that has another name in MiniJinja.

## Web addresses and writing the site

claim-built-in = the built-in { $name }
claim-taxonomy = the list of { $name }
claim-term = the { $name } page `{ $term }`
claim-file = { $file }
claim-first-page = the redirect to page 1 of { $of }
claim-feed = the feed of { $of }
claim-page-n = page { $n } of { $of }
claim-alias = an alias in { $of }
claim-postcode-finder = the postcode finder
claim-lijstje = the "Mijn lijstje" page
claim-search = the search page
claim-wijk = the page of wijk `{ $wijk }` in { $gemeente }
claim-need = the page for `{ $need }` in { $gemeente }
address-taken = the address { $path } is already taken by { $first }
    .help = Two things cannot share one address. Give { $second } another `slug` or `path`, or remove the duplicate.
output-write = cannot write this file: { $error }
open-data-write = cannot write the open data export: { $error }
search-index-write = cannot write the search index: { $error }
output-io = cannot write { $path }: { $error }
output-escapes = refusing to write `{ $path }`: it is not a plain path inside the output folder
output-contains-site = the output folder { $dir } contains the site itself; choose a folder such as `public`
output-not-a-site = the output folder { $dir } holds `{ $file }`, so it is not an earlier build; it would be replaced whole. Choose an empty folder or one such as `public`
internal = a fault in wijkwijzer itself ({ $detail }). Please report it.

## Words in messages

severity-error = error
severity-warning = warning
help-label = help

## The command line (wijkwijzer build, check, init, new, serve, leesbaarheid)

here-label = here
cli-built = Done: { $pages } pages and { $sections } sections in { $dir } ({ $files } files, { $unchanged } of them unchanged; { $ms } ms)
cli-checked = Checked { $pages } pages and { $sections } sections in { $ms } ms: { $warnings ->
        [0] no problems
        [one] no errors, 1 warning
       *[other] no errors, { $warnings } warnings
    }
cli-not-built = The site was not built: { $errors ->
        [one] 1 problem
       *[other] { $errors } problems
    } to fix. The previous site is unchanged.
cli-check-failed = { $errors ->
        [one] 1 problem
       *[other] { $errors } problems
    } to fix.
cli-report-write = cannot write the report to { $file }: { $error }
init-done = New site for { $gemeente } in { $dir } ({ $files } files).
    Read { $guide } first: it says what to do next.
    See the site with: wijkwijzer serve --root { $dir }
new-done = New file: { $file }
    Fill in the empty fields. Then `wijkwijzer check` tells whether everything is right.
starter-redactie = the web editor cannot be set up like this: { $problem } { $help }
starter-not-empty = the folder { $dir } exists and is not empty
starter-gemeente-code = `{ $code }` is not a CBS municipality code: write GM and four digits, such as GM0213
starter-empty-slug = `{ $name }` gives no usable web address: use letters or digits in the name
starter-wijken = { $file }, line { $line }: { $problem }
starter-wijken-csv = { $detail }. Every line is: slug,naam,code,postcodes
starter-wijken-slug = wijk slug `{ $slug }` cannot be used in a web address; use lowercase letters, digits and -
starter-exists = { $file } exists already; choose another title or edit that file
unknown-gemeente = municipality `{ $slug }` is not in content/gemeenten/ (there are: { $known })
file-error = { $path }: { $error }
serve-started = Serving the site at { $url } (Ctrl+C stops)
serve-listen = cannot listen on 127.0.0.1:{ $port }: { $error }
serve-watch = cannot follow the changes in { $what }: { $error }
serve-updated = Updated { $pages ->
        [one] 1 page
       *[other] { $pages } pages
    } in { $ms } ms
serve-built = Built { $pages } pages in { $ms } ms
serve-still-served = The last good site is still served.
serve-build-failed = The build failed; the last good site is still served.
serve-nothing-built = Nothing has been built yet.
serve-error-title = Build error
serve-error-heading = The site could not be built
leesbaarheid-words-per-sentence = w/sent.
leesbaarheid-words = words
leesbaarheid-long = long
leesbaarheid-file = file
leesbaarheid-too-hard = too hard
leesbaarheid-norm = Norm: on average at most { $words } words per sentence, at most { $percent }% long words.
leesbaarheid-failed = { $count ->
        [one] 1 page
       *[other] { $count } pages
    } above the norm for plain Dutch (B1).

## Help with the commands (wijkwijzer --help); one attribute per option

cmd-wijkwijzer = Build an accessible static site of local support from Markdown.
    .lang = The language of messages: nl (default) or en. Also WIJKWIJZER_LANG.
cmd-init = Start a new site for one municipality, ready to check and build.
    .dir = The folder to write the site into (new or empty).
    .gemeente = The municipality's name, such as "Brummen".
    .code = The municipality's CBS code, such as GM0213.
    .wijken = A CSV file with the wijken: slug,naam,code,postcodes (postcodes separated by spaces).
    .redactie = Add the web editor at /admin/ for this forge: github, gitlab, gitea or forgejo.
    .repository = The site's repository on the forge, as owner/name.
    .forge_url = The forge's address when it is self-hosted, such as https://git.gemeente.nl.
cmd-new = Add a municipality, a service or a page, with every field explained.
cmd-new-gemeente = A municipality in content/gemeenten/.
    .naam = Its name, such as "Brummen".
    .code = The municipality's CBS code, such as GM0213.
    .wijken = A CSV file with the wijken: slug,naam,code,postcodes.
    .root = The site folder (with config.toml and content/).
cmd-new-dienst = A service of a municipality.
    .titel = Its name, such as "Inloop De Brug".
    .gemeente = The municipality's folder name in content/gemeenten/.
    .root = The site folder (with config.toml and content/).
cmd-new-pagina = A page: PATH under content/, such as `over-ons` or `nieuws/opening`.
    .path = Where the page goes under content/, such as over-ons.
    .titel = The page's title.
    .root = The site folder (with config.toml and content/).
cmd-build = Build the site into the output folder.
    .root = The site folder (with config.toml and content/).
    .output_dir = Where to write the site (default: output_dir from config.toml, `public`).
    .base_url = Use this address instead of base_url from config.toml.
    .drafts = Include pages and sections marked as draft.
cmd-check = Check everything a build checks, without writing anything.
    .root = The site folder (with config.toml and content/).
    .strict = Treat warnings (such as an old `gecontroleerd` date) as errors.
    .drafts = Include pages and sections marked as draft.
    .format = How to report problems: for people (human), or for CI (json, github, gitlab, sarif).
    .output = Write the report to this file instead of standard output (not for human).
cmd-search = Search a built site with the same engine as the browser, and print the results.
    .query = What a resident would type.
    .output_dir = The built site (default: `public` in the current folder).
    .gemeente = Only in this municipality.
    .wijk = Only in this wijk.
    .behoefte = Only for this need.
    .soort = Only this kind of service.
    .limit = How many results.
    .explain = Print the score breakdown of each result.
cmd-leesbaarheid = Readability of every page (B1): average sentence length and share of long words.
    .root = The site folder (with config.toml and content/).
cmd-serve = Build, serve on 127.0.0.1 and rebuild on every change.
    .root = The site folder (with config.toml and content/).
    .port = The port.
    .output_dir = Where to write the site while serving (default: `public` in the site folder).
    .drafts = Include pages and sections marked as draft.

## Importing (wijkwijzer import)

import-not-utf8 = { $file }, line { $line }: this file is not valid UTF-8 text. Save it as UTF-8 and try again.
import-json = { $file }, line { $line }, column { $column }: this is not valid JSON ({ $detail })
import-not-services = { $file } holds no service and no list of services (Open Referral HSDS 3.0)
import-csv = { $file }, line { $line }: this table is not valid ({ $detail })
import-outside-package = { $file } names the table `{ $path }`, which is not in the package's folder; the import reads only tables in that folder
import-not-a-service = { $origin } is not a service: a service is an object with fields such as id and name
import-missing-id = { $origin }: this service has no id. Without an id, a later import cannot find its page again.
import-duplicate-id = id `{ $id }` is in the source twice: { $first } and { $second }. Every service needs its own id.
import-mapping = { $file }, line { $line }: the mapping file is not valid: { $detail }
import-mapping-target = "{ $word }" maps to `{ $slug }`, which is not possible here; choose from: { $valid }
import-config = { $file }, line { $line }: the settings are not valid: { $detail }. Run `wijkwijzer check` to see what is wrong.
import-two-pages = two pages say they are service `{ $id }` of the source: { $first } and { $second }. Remove the id line under [extra.import] from the page that is a copy.
import-occupied = { $file } exists already; the import changed nothing. Try again.
import-mapping-needed = The source uses { $words ->
        [one] 1 word
       *[other] { $words } words
    } that nothing maps yet. The mapping file to fill in is on standard output. Save it with `> koppeling.toml` after the command, fill it in and start the import again with --mapping koppeling.toml. Nothing was changed.
import-problem = { $field }: { $problem }
import-unknown-slug = `{ $slug }` is not a need or kind of this site
import-several-kinds = the source names several kinds ({ $kinds }); the first was taken
import-unknown-areas = the areas { $areas } belong to no wijk; map them under [gebieden] in the mapping file
import-unknown-value = `{ $value }` is not in the mapping file
import-never-checked = the source does not say when the entry was checked (assured_date); set gecontroleerd to the day you check it
import-skeleton-intro = # Mappings for `wijkwijzer import`. Between the quotes after each word of the
    # source, write what it is on this site. A term or area to skip gets [] (an empty
    # list). What stays empty makes the service a draft.
    # Then: wijkwijzer import SOURCE --gemeente SLUG --mapping THIS-FILE
import-skeleton-termen = # Terms → needs ({ $needs }) or kinds ({ $kinds }); a list works too.
import-skeleton-gebieden = # Areas and postcodes → wijken ({ $wijken }) or "hele-gemeente".
import-skeleton-choose = # Choose from: { $values }.
import-skeleton-count = { $count ->
        [one] 1 service
       *[other] { $count } services
    }
import-summary = Import from { $source } for { $gemeente }: { $services ->
        [one] 1 service
       *[other] { $services } services
    }.
import-dry-run = Dry run (--dry-run): nothing was written. This would change:
import-count-new = new: { $count }
import-count-updated = updated: { $count }
import-count-unchanged = unchanged: { $count }
import-count-kept = not updated, because the editors changed the fields the source changes: { $count } (overwrite: --force)
import-count-missing = no longer in the source, left in place: { $count } (remove: --remove-missing)
import-count-removed = no longer in the source, removed: { $count }
import-drafts = { $count ->
        [one] 1 service is
       *[other] { $count } services are
    } a draft because something is wrong; `wijkwijzer check` names them until it is fixed:
import-unmapped = Source fields that do not go on the site ({ $count }); --bewaar-bron keeps them under [extra.bron], hidden from residents:
import-unmapped-field = { $field }: { $count ->
        [one] 1 service
       *[other] { $count } services
    }, for example "{ $example }"
import-kept-fields = { $file }: changed by the editors, so not overwritten: { $fields }
import-all-fields = all fields
import-missing-file = { $file }: no longer in the source
import-draft = this service was imported as a draft and is not on the site yet: { $problems }
    .help = Fix the problems. Then remove `draft = true`, and the line `problemen` under [extra.import].
cmd-import = Import services from an Open Referral HSDS 3.0 feed or a spreadsheet.
    .source = A JSON file (a list of services, or one service), a folder of them, a data package (datapackage.json with CSV tables) or a spreadsheet (.xlsx or .csv).
    .template = Write an empty spreadsheet (.xlsx) in the layout the import reads, with drop-down lists.
    .gemeente = The municipality's folder name in content/gemeenten/.
    .regio = A region section's folder in content/ (with [extra.regio]), instead of a municipality.
    .mapping = A TOML file that maps the source's terms, areas and values to this site's.
    .dry_run = Show what would change, as a diff, and write nothing.
    .force = Also replace pages the editors changed since the last import (never their text).
    .bewaar_bron = Keep the source's fields that have no place on the site under [extra.bron].
    .remove_missing = Remove pages of services that are no longer in the source.
    .bron = A name for the source: ids are matched only with pages from the same source. Default: hsds, or spreadsheet for .xlsx and .csv.
    .root = The site folder (with config.toml and content/).
redactieadres =
    .help = Put the editors' e-mail address under [extra.wijkwijzer], such as redactieadres = "redactie@gemeente.nl". The open data gives it with every checked service.
import-count-elsewhere = skipped, because their address on this site puts them in another municipality or the region: { $count }

## The report on the directory (wijkwijzer report)

report-title = How up to date is the directory?
report-owner = { $owner }: { $count ->
        [one] 1 service
       *[other] { $count } services
    }{ $overdue ->
        [0] {""}
       *[other] , { $overdue } not checked for too long
    }
report-checked = checked on { $date } ({ $days ->
        [0] today
        [one] 1 day ago
       *[other] { $days } days ago
    })
report-never = never checked
report-missing = missing: { $fields }
report-no-text = no text below the fields
report-b1 = on average { $sentence } words per sentence, { $percent }% long words{ $plain ->
        [yes] , plain Dutch (B1)
       *[no] , too hard for B1
    }
report-empty = No services match.
report-drafts = { $count ->
        [one] 1 imported service is a draft and not on the site yet
       *[other] { $count } imported services are drafts and not on the site yet
    }:
report-needs-check = The report can only be made when the site is right. Fix the errors above first.
report-col-dienst = Service
report-col-gecontroleerd = Checked
report-col-contact = Contact
report-col-ontbreekt = Missing
report-col-leesbaarheid = Readability
cmd-report = How up to date the directory is: per municipality every service with the date it was checked.
    .root = The site folder (with config.toml and content/).
    .format = How the report looks: for people (human), Markdown (md), CSV or JSON.
    .ouder_dan = Only services checked longer ago than this, such as 12m, 90d or 1j.
    .output = Write the report to this file instead of standard output.
    .mails = Write one e-mail (.eml) per provider address into this folder, asking whether everything is right.
mail-no-sender = e-mails can only be made once config.toml names the editors' address. Add redactieadres = "redactie@gemeente.nl" under [extra.wijkwijzer]; the e-mails come from that address.
mail-subject = Is the information of { $organisatie } on { $site } right?
mail-intro = Dear { $organisatie },

    On { $site } ({ $url }) residents look for help close to home. It shows the services below, as residents see them. Would you check that everything is still right?
mail-outro = Is everything right? Then send a short reply: "All correct." Is something wrong? Then write in your reply what should change, and we will change it.

    Thank you!

    Kind regards,
    The editors of { $site }
mail-page = On the site
mail-phone = Phone
mail-email = E-mail
mail-website = Website
mail-open = Open
mail-address = Address
mail-access = How to get in
mail-cost = Cost
mail-checked = Last checked
mail-written = { $count ->
        [one] 1 e-mail
       *[other] { $count } e-mails
    } ready in { $dir }. Open them in your mail program and send them.
mail-call = { $count ->
        [one] 1 service has
       *[other] { $count } services have
    } no e-mail address. Call them:

## Spreadsheets (wijkwijzer import services.xlsx, --template)

import-spreadsheet = { $file }: the import cannot read this spreadsheet ({ $detail }). Save it again as an Excel workbook (.xlsx) and try again.
import-other-spreadsheet = { $file }: the import does not read this kind of file. Open it in your spreadsheet program and save it as an Excel workbook (.xlsx) or as CSV.
import-merged-cells = { $file }, sheet { $sheet }: the cells { $cells } are merged. The import cannot tell which service the value belongs to. Unmerge them and put the value in every row that needs it.
import-formula = { $file }, sheet { $sheet }, cell { $cell }: this cell holds a formula. The import reads typed values only. Copy the column and paste it back as values (Paste special, Values).
import-no-id-column = { $file }: the first row has no id column. The first row holds the column names, as in the template (wijkwijzer import --template services.xlsx). Found: { $found }
import-template-exists = { $file } already exists. Choose another name: the import never overwrites a file that may have been filled in.
import-windows-1252 = { $file } is not saved as UTF-8. The import read it as Windows-1252, the way Excel and LibreOffice often save a CSV file. After the import, check that letters such as é, ë and ï came through. Next time, choose "CSV UTF-8" when saving.
import-unknown-regio = `{ $path }` is not a region: there is no folder content/{ $path } with an _index.md that has [extra.regio] ({ $count ->
        [0] this site has no region
       *[other] there are: { $known }
    })
import-template-not-xlsx = { $file }: the template is an Excel workbook. Give a name that ends in .xlsx, such as services.xlsx.
import-location-row = { $origin }: this row repeats id { $id } for one more address, but its column { $column } differs from the service's first row ({ $first }). On such a row, fill in only the location's columns, or give the service its own id if it is another service.
import-nothing-to-keep = { $source } holds no services at all. With --remove-missing the import would remove every service of this source; it does not. Check that you chose the right file. Nothing has changed.
import-bad-utf8 = { $file } is saved as UTF-8, but a few characters are broken. They now show as � in the pages. Check them.
import-template-written = The template is in { $file }. Fill it in and read it with: { $command }
template-sheet-help = Explanation
template-intro = On the sheet Diensten, fill in one row per service. Does a service have more addresses? Repeat its id on a new row and fill in only the location's columns there. Then read the file with: { $command }
template-heading-column = Column
template-heading-help = What goes in it?
template-heading-example = Example
template-column =
    .id = A fixed number or code for the service, such as 1, 2, 3. Required. Do not change it later: that is how a next import finds the service again.
    .naam = The service's name, as residents know it. Required.
    .beschrijving = One or two sentences on what the service does, in plain language. At most 200 characters. Required.
    .behoefte = What does the service help with? Choose from the list. More than one? Use behoefte 2 and behoefte 3 too. At least one is required.
    .soort = What kind of service is it? Choose from the list. Required.
    .organisatie = The organisation that provides the service. Required.
    .wijk = Which wijk is the service in? Choose from the list, or Hele gemeente. More wijken? Use wijk 2 and wijk 3 too. Empty means the whole municipality.
    .telefoon = The phone number, such as 0575 123 456. A second number goes in telefoon 2.
    .e-mail = The e-mail address for questions. The request to check the details goes to this address too (wijkwijzer report --mails).
    .website = The address of the service's website, starting with https://.
    .openingstijden = When is the service open? Write it the OpenStreetMap way, such as Mo-Fr 09:00-17:00. The editor guide (REDACTIE.md) explains it.
    .toegang = How do people get to the service? Choose from the list. Required.
    .kosten = What does it cost? Choose from the list. Required.
    .doelgroep = Who is the service for? Choose from the list. More than one? Type them with a comma in between. For everyone? Leave it empty.
    .talen = Which languages can people get help in? Language codes with commas in between, such as nl, en, ar.
    .status = Open, Tijdelijk gesloten or Gestopt. Empty means Open.
    .gecontroleerd = The day someone last checked the details, such as 1-3-2026. Required.
    .locatie = The name of the building or place, if it has one.
    .adres = Street and number.
    .postcode = The postcode, such as 6971 AB. The site finds the wijk from it too.
    .plaats = The town.
    .toegankelijkheid = What is arranged for people with a disability? Choose from the list. More than one? Type them with a comma in between.
template-example =
    .id = 17
    .naam = Inloop De Horst
    .beschrijving = Loop binnen voor koffie en een praatje. Er is altijd iemand die naar je luistert.
    .behoefte = (choose from the list)
    .soort = (choose from the list)
    .organisatie = Stichting Welzijn
    .wijk = (choose from the list)
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

snel-weg-adres = The quick exit's adres "{ $value }" is not a web address with https://.
    .help = Write the whole address of a neutral site, such as "https://www.google.nl/". With adres = "" there is no quick exit.
snel-weg-behoeften = The quick exit's behoeften must be a list of needs, such as ["relaties-veiligheid"].
    .help = Name the needs whose pages get the button.
snel-weg-behoefte = The quick exit names the need "{ $slug }", but it is not one of [[extra.behoeften]].
    .help = Choose from: { $valid }.
snel-weg-key = The quick exit has no setting "{ $key }".
    .help = It has two: adres (where the button leads) and behoeften (on which pages it is).
offline-aan = The offline setting aan must be true or false, not { $value }.
    .help = Write aan = false to turn offline help off. Without this line it is on.
offline-pagina = The offline page { $value } does not exist.
    .help = Name a page as in a link: pagina = "@/nu-hulp.md". With pagina = "" the site keeps only the help lines.
offline-table = Offline is a table of settings, not a single value ({ $value }).
    .help = Write it like this: [extra.wijkwijzer.offline] with aan = false under it.
offline-key = Offline has no setting "{ $key }".
    .help = It has two: aan (true or false) and pagina (the page for when things are not going well).
claim-offline = the page for when there is no internet
redactie-config = The web editor's settings ([extra.wijkwijzer.redactie]) are not right: { $detail }
    .help = You need backend ("github", "gitlab", "gitea" or "forgejo") and repository ("owner/name"). Optional: branch, forge_url, app_id, login_url. REDACTIE.md explains them.
redactie-repository = "{ $value }" is not a repository. Write the owner and the name with a / between them.
    .help = For example repository = "gemeente-brummen/sociale-kaart", as in the repository's address on the forge.
redactie-branch = "{ $value }" cannot be the name of a branch.
    .help = Usually it is "main". Check on the forge which branch the site is built from.
redactie-url = { $key } = "{ $value }" is not a web address with https://.
    .help = Write the whole address, such as "https://git.gemeente.nl".
redactie-forge-url-missing = With Gitea and Forgejo the editor needs to know where the forge is.
    .help = Add its address, such as forge_url = "https://git.gemeente.nl".
redactie-generated = Made by wijkwijzer build from config.toml and the content contract. Do not edit this file: every build makes it again.
redactie-option =
    .hele-gemeente = Whole municipality
redactie-collection =
    .diensten = Services
    .diensten-in = Services in { $gemeente }
    .dienst = Service
    .gemeenten = Municipalities
    .paginas = Pages
    .pagina = Page
redactie-label =
    .gesloten_tot = Closed until and including
    .melding = Notice
    .melding_tot = Notice until and including
    .title = Name of the service
    .title-pagina = Title
    .title-gemeente = Name of the municipality
    .description = Short description
    .taxonomies = Topics
    .behoeften = What does the service help with?
    .extra = Details
    .extra-gemeente = Details of the municipality
    .dienst = About the service
    .soort = Kind of service
    .organisatie = Organisation
    .wijken = Wijken
    .doelgroep = For whom?
    .toegang = How do you get in?
    .kosten = What does it cost?
    .status = Status
    .telefoon = Phone numbers
    .nummer = Phone number
    .email = E-mail address
    .website = Website
    .talen = Languages
    .taal = Language code
    .openingstijden = Opening hours
    .gecontroleerd = Checked on
    .voorbeeld = Example data
    .locaties = Addresses
    .locatie = Address
    .wijk = Wijk
    .locatie-naam = Name of the building or place
    .adres = Street and number
    .postcode = Postcode
    .plaats = Town
    .locatie-wijk = Wijk
    .toegankelijkheid = Accessibility
    .body = Text
    .weight = Order
    .map = Folder
    .gemeente = Municipality
    .gemeente-code = CBS code of the municipality
    .wijken-gemeente = Wijken
    .wijk-slug = Short name for the address
    .wijk-naam = Name of the wijk
    .wijk-code = CBS code of the wijk
    .postcodes = Postcode areas
    .pc4 = Four digits of the postcode
redactie-hint =
    .gesloten_tot = Only when the status is Temporarily closed: the last day the service is closed. After it the site shows the service as open again.
    .melding = Is something different from usual? For example: Closed over Christmas, or: There is a waiting list. One short sentence. The site puts it at the top of the page and in the lists.
    .melding_tot = The last day the notice holds. After it the notice disappears by itself. Leave empty when it keeps holding.
    .title = As residents know the service.
    .description = One or two sentences on what the service does, in plain language. At most 200 characters.
    .description-pagina = One or two sentences. Search engines and the site's lists show them.
    .behoeften = Choose one or more.
    .organisatie = The organisation that runs the service.
    .wijken = Choose the wijken, or Whole municipality when the service is for everyone there.
    .doelgroep = For everyone? Leave it empty.
    .status = Empty means open.
    .telefoon = As people dial it, for example 0575 123 456 or 0800-1205.
    .email = The request to check the details also goes to this address.
    .talen = Two letters per language, such as nl, en, ar.
    .openingstijden = Write it as OpenStreetMap does, for example Mo-Fr 09:00-17:00 or Tu,Th 10:00-12:00. Empty when there are no fixed hours.
    .handleiding = How to write opening hours.
    .gecontroleerd = The day someone checked the details. Fill in today if you just checked them.
    .voorbeeld = Only for made-up data. The site then says it is an example.
    .locaties = An address you can go to. Add more when the service is in more places.
    .adres = For example Kerkstraat 1.
    .postcode = For example 6971 AB.
    .locatie-wijk = May stay empty: the site then finds the wijk from the postcode.
    .body = What happens, who is it for, how do you start? Use short sentences.
    .weight = A number: a lower number comes earlier in the list.
    .gemeente-code = GM and four digits, such as GM0213.
    .wijk-slug = Lower-case letters and hyphens, such as de-heide. Better not change it later: services and addresses use it.
    .postcodes = The four digits of every postcode in the wijk.
redactie-pattern =
    .melding = One line of at most 200 characters.
    .description = At most 200 characters.
    .telefoon = Only digits, spaces, hyphens and brackets, such as 0575 123 456.
    .postcode = Four digits and two capitals, such as 6971 AB.
    .email = This is not an e-mail address.
    .website = Start with https:// and write the whole address.
    .taal = Two lower-case letters, such as nl.
    .pc4 = Four digits, such as 6971.
    .gemeente-code = GM and four digits, such as GM0213.
gesloten-tot-unused = It says until when the service is closed (gesloten_tot), but the status is not "tijdelijk-gesloten".
    .help = Is the service closed for a while? Then set status = "tijdelijk-gesloten". Is it open again? Remove gesloten_tot.
melding-too-long = The notice has { $count } characters. That is too long for one line in the lists.
    .help = Keep the notice under 200 characters. More can go in the page's text.
melding-tot-alone = It says until when the notice holds (melding_tot), but there is no notice.
    .help = Add the notice, such as melding = "Dicht in de kerstvakantie.", or remove melding_tot.
