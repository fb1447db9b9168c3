# Dutch texts (default). B1, je-vorm, korte zinnen. HTML is allowed: <b>, <i>, <a>, <code>.

## Roles
role-member = lid
role-coordinator = coördinator

## /start
start-stranger =
    Hoi { $name }! Ik ben de bot van de Kansrijke Start-coalitie.
    Ik help professionals elkaar te vinden rond de eerste 1000 dagen van een kind.

    Je bent nog geen lid van een coalitie. Vraag je coördinator om een uitnodigingslink en tik daarop.
start-known =
    Hoi { $name }! Fijn dat je er bent.
    Je bent lid van: { $coalitions }.

    Typ /help om te zien wat ik voor je kan doen.
start-admin =
    Hoi { $name }! Je bent beheerder van deze bot.
    Maak een coalitie en een uitnodiging voor de coördinator met <code>python -m bot</code> op de server.
    Typ /help voor meer.

## Joining with an invite link
join-joined =
    Welkom bij <b>{ $coalition }</b>! Je bent nu { $role }.
    Typ /help om te zien wat je kunt doen.
join-promoted =
    Je bent nu { $role } van <b>{ $coalition }</b>.
    Typ /help om te zien wat je kunt doen.
join-already = Je bent al { $role } van <b>{ $coalition }</b>. Er is niets veranderd.
join-unknown = Deze uitnodigingslink ken ik niet. Controleer de link of vraag je coördinator om een nieuwe.
join-expired = Deze uitnodigingslink is verlopen. Vraag je coördinator om een nieuwe.
join-used-up = Deze uitnodigingslink is al zo vaak gebruikt als mocht. Vraag je coördinator om een nieuwe.

## /help
help-stranger =
    <b>Wat kan deze bot?</b>
    Professionals in een Kansrijke Start-coalitie vinden hier lokale contacten, krijgen een herinnering voor het wekelijkse inloopspreekuur en geven snel feedback na een bijeenkomst.

    Je bent nog geen lid. Vraag je coördinator om een uitnodigingslink.
help-member =
    <b>Wat kun je doen?</b> (lid van { $coalitions })
    /zoek – vind een partner, bijvoorbeeld <code>/zoek verloskundige venlo</code>
    Of typ <code>@{ $bot } verloskundige</code> in elk gesprek om een contact te delen.
    /aanmelden – zet jezelf in de lijst met partners, of pas je gegevens aan
    /inloop – de volgende inloop: tijd, link, aanmelden, agenda, herinneringen
    /vraag – een vraag of onderwerp voor de inloop
    /netwerkvraag – vraag je collega's om raad over je werk (nooit over een cliënt)
    /acties – je acties en de actieagenda van je coalitie; /actie – stel een actie voor
    /werkgroepen – de werkgroepen van je coalitie: meedoen of stoppen
    /stand – de stand van zaken
    /feedback – geef je mening over je laatste bijeenkomst
    /kennismaken – maak kennis met een collega uit het andere domein
    /instellingen – aankondigingen aan of uit, je taal
    /privacy – wat ik over je bewaar (/mijngegevens, /vergeetmij)
    /start – welkom en je coalities
    /help – dit overzicht
help-coordinator =
    <b>Als coördinator</b> (van { $coalitions }) kun je ook:
    /uitnodigen – maak een uitnodigingslink voor nieuwe leden
    /partners – beheer de partnerlijst: aanmeldingen goedkeuren, importeren (stuur een .csv-bestand), exporteren
    /inloop_instellen – de inloop plannen, wijzigen, pauzeren of een week overslaan
    /koppel – typ dit in een groep om de herinneringen daar te plaatsen
    /evenement – feedbacklink en QR-code voor een bijeenkomst
    /rapport – feedbackrapport, trend en CSV
    /omroep – een aankondiging sturen naar je coalitie
    /werkgroepen nieuw Naam: doel – begin een werkgroep; /acties ritme – wanneer eigenaren gevraagd worden hoe het gaat; /stand pdf – de stand van zaken voor de stuurgroep
help-admin =
    <b>Als beheerder</b> heb je alle rechten in elke coalitie.
    Op de server: <code>python -m bot coalition add</code> en <code>python -m bot invite</code>.
    /status – hoe het met de bot gaat.

## /uitnodigen
invite-not-allowed = Alleen een coördinator kan uitnodigingen maken.
invite-private-only = Maak uitnodigingen in een privégesprek met mij, niet in een groep.
invite-no-coalitions = Er zijn nog geen coalities. Maak er eerst een met <code>python -m bot coalition add</code>.
invite-choose-coalition = Voor welke coalitie wil je een uitnodiging maken?
invite-created =
    Uitnodiging voor <b>{ $coalition }</b> (als { $role }):
    { $link }

    De link werkt { $days } dagen en { $uses } keer. Stuur hem door naar de professionals die je wilt uitnodigen.

## General
error-generic = Sorry, er ging iets mis. Probeer het later nog eens. Blijft het misgaan? Laat het je coördinator weten.
flood-notice = Even rustig aan: je stuurt veel berichten achter elkaar. Ik reageer een minuut niet op je. Probeer het daarna gewoon weer.
button-stale = Deze knop werkt niet meer. Typ het commando opnieuw.

## Command menu
cmd-start = Welkom en je coalities
cmd-search = Zoek een partner: rol, gemeente of naam
cmd-help = Wat kan ik voor je doen?
cmd-invite = Uitnodigingslink maken

## Partner spreadsheets (CSV)
field-name = naam
field-organisation = organisatie
field-role = rol
field-municipality = gemeente
field-neighbourhood = wijk
field-phone = telefoonnummer
field-email = e-mailadres
field-website = website
field-keywords = trefwoorden
field-experience = ervaring
field-external_id = id
csv-problem-missing = rij { $row }: { $field } ontbreekt
csv-problem-too-long = rij { $row }: { $field } is te lang
csv-problem-phone = rij { $row }: het telefoonnummer klopt niet
csv-problem-email = rij { $row }: het e-mailadres klopt niet
csv-problem-website = rij { $row }: de website klopt niet
csv-problem-no-contact = rij { $row }: er is geen telefoonnummer en geen e-mailadres
csv-problem-bsn = rij { $row }: { $field } lijkt een BSN te bevatten; dat mag niet in de bot
csv-problem-duplicate-id = rij { $row }: dit id staat al eerder in het bestand
csv-file-too-large = Het bestand is te groot. Het mag hoogstens { $detail } MB zijn.
csv-file-not-text = Dit bestand kan ik niet lezen. Sla je spreadsheet op als CSV en stuur het opnieuw.
csv-file-empty = Het bestand is leeg. De eerste rij moet de kolomnamen hebben, daarna één rij per partner.
csv-file-missing-columns = Deze kolommen ontbreken: { $detail }. Zet de kolomnamen in de eerste rij.
csv-file-too-many-rows = Het bestand heeft te veel rijen. Er mogen hoogstens { $detail } partners in.
import-summary = { $new } nieuw, { $changed } gewijzigd, { $unchanged } ongewijzigd, { $errors } rijen met fouten

## /zoek
search-not-member = Zoeken kan alleen als je lid bent van een coalitie. Vraag je coördinator om een uitnodigingslink.
search-private-only = Contactgegevens deel ik alleen in een privégesprek. Stuur mij daar /zoek.
search-too-long = Je zoekvraag is te lang. Gebruik een paar woorden, bijvoorbeeld: /zoek verloskundige venlo
search-results = <b>{ $count } gevonden</b> voor “{ $query }” · pagina { $page } van { $pages }
search-many = Ik laat alleen de eerste { $count } zien. Maak je zoekvraag preciezer, bijvoorbeeld met een rol of gemeente.
search-none = Ik vond niemand voor “{ $query }”.
search-did-you-mean = Bedoelde je <b>{ $suggestion }</b>?
search-try-guided = Je kunt ook stap voor stap zoeken.
search-expired = Deze zoekopdracht is verlopen. Zoek opnieuw met /zoek.
search-gone = Deze vermelding is er niet meer.
search-no-phone = Van deze partner heb ik geen telefoonnummer.
guided-choose-role = Welke rol zoek je?
guided-choose-municipality = In welke gemeente zoek je een { $role }?
guided-empty = Er staan nog geen partners in je coalitie. Je coördinator kan ze toevoegen.
button-guided = 🔎 Stap voor stap zoeken
button-did-you-mean = Zoek “{ $suggestion }”
button-previous = ‹ Vorige
button-next = Volgende ›
button-contact = 📇 { $number }
button-all-municipalities = Alle gemeenten
inline-join = Word lid om partners te zoeken

## /partners and CSV upload (coordinators)
partners-private-only = Het partnerbeheer doe je in een privégesprek met mij.
partners-not-allowed = Alleen een coördinator kan de partnergids beheren.
partners-overview =
    <b>Partnergids { $coalition }</b>
    { $listed } vermeld · { $pending } wachten op goedkeuring · { $hidden } verborgen
    { $stale } vermeldingen zijn 12 maanden niet gecontroleerd.

    Importeren of bijwerken: stuur mij je spreadsheet als CSV-bestand.
    Een vermelding bewerken of verbergen: <code>/partners naam</code>
button-review = Aanmeldingen beoordelen ({ $count })
button-export = CSV exporteren
button-check-stale = Controleren ({ $count })
partners-none-pending = Er zijn geen aanmeldingen die wachten.
partners-none-stale = Alle vermeldingen zijn het afgelopen jaar gecontroleerd.
partners-stale-item = Niet gecontroleerd sinds { $date }:
button-still-current = ✅ Klopt nog
button-hide = 🙈 Verbergen
button-show = 👁 Weer tonen
partners-checked = Gecontroleerd. Dank je!
partners-hidden = Verborgen. Niemand vindt deze vermelding nu nog.
partners-shown = Deze vermelding is weer te vinden.
partners-export-caption = Partnergids { $coalition }: { $count } vermeldingen.
partners-lookup-none = Ik vond geen vermelding met “{ $query }” in de naam, organisatie of gemeente.
partners-lookup-many = Er zijn meer dan { $count } vermeldingen gevonden. Ik laat de eerste { $count } zien; typ meer van de naam om te kiezen.
partners-status-listed = 👁 Vermeld
partners-status-pending = ⏳ Wacht op goedkeuring
partners-status-hidden = 🙈 Verborgen
partners-status-rejected = ❌ Afgewezen
button-edit = ✏️ Bewerken
edit-choose-field = Wat wil je aanpassen bij <b>{ $name }</b>?
edit-ask-value =
    Stuur de nieuwe { $field }. Nu: { $current }
    Leegmaken: stuur een streepje (-). Stoppen: /annuleren
edit-saved = Opgeslagen.
edit-bad-value = Dit klopt niet als { $field }. Probeer het nog eens, of stop met /annuleren.
edit-no-contact = Er moet een telefoonnummer of e-mailadres blijven. Stuur iets anders, of stop met /annuleren.
edit-cancelled = Gestopt. Er is niets veranderd.
import-not-csv = Stuur een CSV-bestand (bijvoorbeeld uit Excel: Opslaan als → CSV).
import-choose-coalition = Voor welke coalitie is dit bestand?
import-preview =
    <b>Voorbeeld van de import voor { $coalition }</b>
    { $summary }
import-problems = Deze rijen hebben fouten:
import-consent = Door te importeren bevestig je dat deze professionals ermee instemmen dat ze in de gids staan.
import-fix-or-partial = Verbeter het bestand en stuur het opnieuw, of importeer alleen de goede rijen.
button-import = Importeren
button-import-valid = Alleen goede rijen importeren
button-cancel = Annuleren
import-done =
    <b>Import klaar voor { $coalition }</b>
    { $summary }
import-cancelled = Import geannuleerd. Er is niets veranderd.
import-expired = Deze import is verlopen. Stuur het bestand opnieuw.
import-nothing-valid = Geen enkele rij is goed. Er is niets geïmporteerd.
button-approve = Goedkeuren
button-reject = Afwijzen
review-already-done = Deze aanmelding is al beoordeeld.
review-approved = ✅ Goedgekeurd. Deze partner is nu te vinden.
review-ask-reason = Waarom wijs je deze aanmelding af? Typ een korte reden; de aanmelder ziet die. Geen reden? Stuur /overslaan. Toch niet afwijzen? Stuur /annuleren.
review-reason-too-long = De reden is te lang. Gebruik hoogstens { $limit } tekens.
review-rejected = ❌ Afgewezen. De aanmelder krijgt bericht.
review-cancelled = Oké, de aanmelding wacht nog op je beoordeling.
register-approved = Goed nieuws: je vermelding staat nu in de partnergids van <b>{ $coalition }</b>. Collega's kunnen je vinden met /zoek.
register-rejected = Je aanmelding voor de partnergids van <b>{ $coalition }</b> is niet goedgekeurd. Reden: { $reason }. Vragen? Neem contact op met je coördinator.
cmd-register = Zet jezelf in de partnergids
cmd-partners = Partnergids beheren
cmd-cancel = Stoppen met wat je aan het doen bent

## /aanmelden
register-private-only = Aanmelden doe je in een privégesprek met mij.
register-not-member = Aanmelden voor de partnergids kan als je lid bent van een coalitie. Vraag je coördinator om een uitnodigingslink.
register-choose-coalition = In de partnergids van welke coalitie wil je staan?
register-intro =
    Zo kom je in de partnergids. Ik stel je zeven korte vragen. Stoppen kan altijd met /annuleren.
    Alleen leden van de coalitie zien je gegevens, en pas als de coördinator je aanmelding heeft goedgekeurd.
register-editing = Je staat al in de gids. We lopen je gegevens samen door; tik op “Zo laten” om iets niet te veranderen.
register-ask-name = 1/7 Wat is je naam?
register-ask-organisation = 2/7 Bij welke organisatie werk je? Zelfstandig? Typ dan de naam van je praktijk.
register-ask-role = 3/7 Wat is je rol? Kies of typ hem.
register-ask-municipality = 4/7 In welke gemeente werk je? Kies of typ hem.
register-ask-contact = 5/7 Hoe kunnen collega's je bereiken? Typ je telefoonnummer en/of e-mailadres.
register-ask-experience = 6/7 Met welke methodes of onderwerpen heb je ervaring? Bijvoorbeeld: Centering Pregnancy, Samen Starten, schulden in de zwangerschap. Zet komma's ertussen. Collega's vinden je dan met /zoek. Geen ervaring om te noemen? Tik op Overslaan.
button-skip-step = Overslaan
register-current = Nu: { $value }
register-bad-text = Dat is te lang of leeg. Probeer het nog eens (hoogstens { $limit } tekens).
register-bad-contact = Ik vond geen geldig telefoonnummer of e-mailadres. Bijvoorbeeld: 06 12345678 of naam@praktijk.nl
register-bsn = Dit lijkt een BSN. Zet geen gegevens van cliënten in de bot. Probeer het nog eens.
register-confirm =
    7/7 Zo kom je in de gids:

    { $card }

    Geef je toestemming dat leden van { $coalition } deze gegevens zien en gebruiken om je te bereiken? Je kunt ze later aanpassen met /aanmelden.
button-consent-yes = Ja, zet mij in de gids
button-consent-no = Nee
button-keep = Zo laten
register-done = Dank je! Je aanmelding wacht nu op goedkeuring door de coördinator. Je krijgt bericht.
register-cancelled = Gestopt. Er is niets opgeslagen.
register-new-for-coordinator = Nieuwe aanmelding voor de partnergids van <b>{ $coalition }</b>:

## Inloop (drop-in)
cmd-dropin = De volgende inloop: tijd, link, aanmelden
cmd-question = Een vraag of onderwerp voor de inloop
cmd-dropin-setup = Inloop plannen, wijzigen of overslaan
cmd-link = Deze groep koppelen aan je coalitie
dropin-kind-teams = Teams
dropin-kind-zoom = Zoom
dropin-kind-jitsi = Jitsi
dropin-kind-whereby = Whereby
dropin-kind-other = Videogesprek
dropin-when = { $date }, { $start }–{ $end } uur
dropin-in-minutes = begint over { $minutes } minuten
dropin-in-hours = begint over { $hours } uur
dropin-tomorrow = is morgen
dropin-in-days = is over { $days } dagen
dropin-reminder =
    📅 <b>{ $title }</b> { $relative }
    🕐 { $when }
    🔗 { $kind }: { $link }
dropin-moved-note = Let op: deze keer op een andere dag of tijd dan normaal.
dropin-questions-header = <b>Vragen en onderwerpen:</b>
dropin-no-questions = Nog geen vragen. Stuur er een met /vraag.
dropin-skip-notice =
    ⏸ <b>{ $title }</b> gaat { $date } niet door.{ $reason }
    De volgende inloop is { $next }.
dropin-reason = { " " }Reden: { $reason }.
button-rsvp = ✋ Ik doe mee ({ $count })
button-calendar = 📅 Zet in agenda
dropin-group-not-linked = Deze groep is nog niet gekoppeld aan een coalitie. Een coördinator die beheerder van de groep is, typt hier /koppel.
dropin-not-member = De inloop is voor leden van een coalitie. Vraag je coördinator om een uitnodigingslink.
dropin-none = Er is nog geen inloop gepland voor { $coalition }.
dropin-none-coordinator = Er is nog geen inloop gepland voor { $coalition }. Plan hem met /inloop_instellen.
dropin-paused = De inloop van { $coalition } is gepauzeerd.
dropin-next =
    <b>{ $title }</b> ({ $coalition })
    🕐 { $when }
    🔗 { $kind }: { $link }
    { $rsvp }
dropin-skipped-first = Let op: { $date } gaat de inloop niet door.{ $reason }
dropin-you-join = ✅ Jij doet mee. Er doen { $count } mensen mee.
dropin-you-not = Er doen { $count } mensen mee. Jij nog niet.
button-rsvp-join = ✋ Ik doe mee
button-rsvp-leave = ↩️ Toch niet
button-reminders-turn-on = 🔔 Herinneringen aanzetten
button-reminders-turn-off = 🔕 Herinneringen uitzetten
dropin-reminders-on = Je krijgt nu een herinnering in dit gesprek, 24 uur en 15 minuten van tevoren (zoals de coördinator het instelt).
dropin-reminders-off = Je krijgt geen persoonlijke herinneringen meer voor de inloop.
dropin-reminders-state-on = 🔔 Je krijgt persoonlijke herinneringen.
dropin-reminders-state-off = 🔕 Je krijgt geen persoonlijke herinneringen.
dropin-rsvp-yes = Fijn, je doet mee!
dropin-rsvp-no = Je doet niet meer mee.
dropin-over = Deze inloop is al voorbij.
dropin-members-only = Alleen leden van de coalitie kunnen zich aanmelden. Vraag je coördinator om een uitnodigingslink.
dropin-ics-sent = Het agendabestand staat in je privégesprek met mij.
dropin-ics-start-first = Start eerst een gesprek met mij, dan stuur ik het agendabestand.
dropin-ics-caption = Open dit bestand om de inloop in je agenda te zetten.
button-remove-question = 🗑 Vraag { $number } weghalen
question-usage = Typ je vraag achter het commando, bijvoorbeeld: <code>/vraag Hoe verwijs ik naar schuldhulp?</code>
question-empty = Ik zie geen vraag. Typ je vraag in woorden achter /vraag.
question-too-long = Je vraag is te lang: maximaal { $max } tekens. Maak hem wat korter.
question-bsn = Dit lijkt op een burgerservicenummer. Zet nooit gegevens van cliënten in een vraag. Ik heb niets opgeslagen.
question-details = Je vraag noemt { $words }. Laat weg wat naar een cliënt kan wijzen en stel je vraag opnieuw met /vraag. Ik heb niets opgeslagen.
question-added = Dank je! Je vraag staat op de lijst voor de inloop van { $date }.
question-no-dropin = Er is geen inloop gepland, dus ik kan je vraag nergens bij zetten.
question-choose-coalition = Voor de inloop van welke coalitie is je vraag?
question-removed = De vraag is weggehaald.
question-gone = Deze vraag is al weggehaald.

## /koppel
link-groups-only = /koppel werkt in een groep. Voeg me toe aan de groep van je coalitie en typ daar /koppel.
link-not-coordinator = Alleen een coördinator van de coalitie kan een groep koppelen.
link-not-group-admin = Alleen een beheerder van deze groep kan hem koppelen of ontkoppelen.
link-done = Gekoppeld! Herinneringen voor de inloop van { $coalition } komen nu ook in deze groep.
link-already = Deze groep is gekoppeld aan { $coalition }.
button-unlink = Ontkoppelen
link-removed = Deze groep is niet meer gekoppeld aan { $coalition }.
link-choose-coalition = Aan welke coalitie wil je deze groep koppelen?

## /inloop_instellen
setup-private-only = De inloop stel je in in een privégesprek met mij.
setup-not-coordinator = Alleen coördinatoren kunnen de inloop instellen.
setup-choose-coalition = Voor welke coalitie wil je de inloop instellen?
setup-menu =
    <b>Inloop van { $coalition }</b>
    { $summary }

    Wat wil je doen?
setup-summary =
    { $weekday } om { $start } uur, { $duration } minuten ({ $timezone })
    { $title }
    🔗 { $kind }: { $link }
    Herinneringen: { $reminders } van tevoren
    Status: { $status }
setup-status-active = actief
setup-status-paused = gepauzeerd
setup-changes-header = <b>Eenmalige wijzigingen:</b>
setup-change-skipped = { $date }: gaat niet door{ $reason }
setup-change-moved = { $date }: verzet naar { $when }
button-change = ✏️ Wijzigen
button-pause = ⏸ Pauzeren
button-resume = ▶️ Hervatten
button-skip = ⏭ Een week overslaan
button-move = 🕐 Eenmalig verzetten
button-undo = ↩️ Wijziging terugdraaien
button-stop = Stoppen
setup-ask-weekday = Op welke dag is de inloop?
setup-bad-weekday = Die dag ken ik niet. Kies een knop of typ een dag, zoals <code>dinsdag</code> of <code>di</code>.
setup-ask-time = Hoe laat begint de inloop? Typ de tijd, bijvoorbeeld <code>12:30</code>.
setup-bad-time = Dat is geen tijd die ik ken. Typ uren en minuten, bijvoorbeeld <code>12:30</code> of <code>9.00</code>.
setup-ask-duration = Hoe lang duurt de inloop? Kies een knop of typ het aantal minuten.
setup-bad-duration = Typ een duur tussen 5 minuten en 8 uur, bijvoorbeeld <code>45</code> of <code>1,5 uur</code>.
setup-ask-link = Stuur de link van het videogesprek (Teams, Zoom, Jitsi, Whereby of een andere). Ik gebruik alleen links die met https:// beginnen.
setup-link-not-https = Die link begint niet met https://. Voor de veiligheid gebruik ik alleen https-links. Stuur de link opnieuw.
setup-link-malformed = Dat lijkt geen goede link. Kopieer de link uit je agenda of videoprogramma en stuur hem opnieuw.
setup-ask-title = Welke naam krijgt de inloop? Typ een naam of kies de standaardnaam.
setup-default-title = Inloop Kansrijke Start
setup-bad-title = Typ een naam van 1 tot { $max } tekens.
setup-ask-reminders = Wanneer stuur ik een herinnering? Kies de standaard of typ zelf, bijvoorbeeld <code>24h,15m</code> of <code>1 dag, 30 min</code>.
button-default-reminders = 24 uur en 15 minuten van tevoren
setup-bad-reminders = Dat begrijp ik niet. Typ bijvoorbeeld <code>24h,15m</code> of <code>1d, 30m</code>: hoogstens 4 herinneringen, tot een week van tevoren.
setup-confirm =
    Klopt dit?
    { $summary }
button-save = ✅ Opslaan
setup-saved = Opgeslagen. De volgende inloop is { $next }.
setup-cancelled = Gestopt. Er is niets veranderd.
setup-paused = De inloop is gepauzeerd. Er gaan geen herinneringen meer uit tot je hem hervat.
setup-resumed = De inloop is hervat. De volgende is { $next }.
setup-ask-skip-date = Welke inloop gaat niet door?
setup-ask-skip-reason = Wil je een reden geven? Typ die, of kies "Geen reden".
button-no-reason = Geen reden
setup-skipped = { $date } gaat niet door. Wie herinneringen krijgt, hoort dat op tijd.
setup-date-past = Die inloop is al begonnen of voorbij. Kies een datum in de toekomst.
setup-ask-move-date = Welke inloop wil je verzetten?
setup-ask-move-to = Naar wanneer? Typ dag en tijd, bijvoorbeeld <code>do 14:00</code> of <code>3-12 15:00</code>. Alleen een tijd verzet hem op dezelfde dag.
setup-bad-move = Dat gaat niet: de nieuwe tijd moet in de toekomst liggen en hoogstens { $days } dagen van de gewone datum. Typ bijvoorbeeld <code>do 14:00</code>.
setup-moved = De inloop van { $date } is verzet naar { $when }.
setup-ask-undo = Welke wijziging wil je terugdraaien?
setup-undone = De wijziging voor { $date } is teruggedraaid.
setup-reason-too-long = Houd de reden kort: hoogstens { $max } tekens.

## Feedback
feedback-comment-empty = Ik zie geen woorden in je opmerking. Typ een zin, of kies Overslaan.
feedback-comment-too-long = Je opmerking is te lang: maximaal { $max } tekens. Maak hem korter.
feedback-comment-bsn = Je opmerking lijkt een burgerservicenummer te bevatten. Laat persoonsgegevens weg en stuur hem opnieuw. Ik heb niets bewaard.
feedback-comment-details = Je opmerking noemt { $words }. Een opmerking over de bijeenkomst heeft geen namen, adressen, leeftijden of nummers nodig: laat ze weg en stuur hem opnieuw. Ik heb niets bewaard.
feedback-default-question = Hoe waardevol was deze bijeenkomst?
feedback-ask =
    💬 <b>{ $title }</b> ({ $date })
    { $question }
    Tik op een cijfer: 1 = weinig, 5 = heel waardevol. Je antwoord is anoniem.
feedback-group-prompt =
    💬 Hoe was <b>{ $title }</b>? Geef je mening in een paar seconden, anoniem, in een privégesprek met mij.
button-give-feedback = Geef feedback
feedback-thanks-rating = Dank je! Je gaf een { $rating } van 5. Wil je er één zin bij zeggen? Typ hem hier (hoogstens { $max } tekens), of kies Overslaan. Je kunt je cijfer nog veranderen tot de ronde sluit.
button-skip-comment = Overslaan
feedback-thanks = Dank je wel! Je feedback helpt de volgende bijeenkomst beter te maken.
feedback-closed = Deze feedbackronde is gesloten. Dank je voor je moeite!
feedback-unknown = Deze feedbacklink ken ik niet. Kijk of je hem helemaal goed hebt overgenomen.
feedback-none-open = Er staat nu geen feedbackronde voor je open.
cmd-feedback = Feedback geven op je laatste bijeenkomst
cmd-event = Feedbacklink en QR-code voor een bijeenkomst
cmd-report = Feedbackrapport en export
event-private-only = Een evenement maak je aan in een privégesprek met mij.
event-not-coordinator = Alleen coördinatoren kunnen een evenement aanmaken.
event-choose-coalition = Voor welke coalitie is de bijeenkomst?
event-ask-title = Hoe heet de bijeenkomst? Bijvoorbeeld <code>Regiodag Kansrijke Start</code>.
event-bad-title = Typ een naam van 1 tot { $max } tekens.
event-ask-date = Op welke datum is de bijeenkomst? Typ bijvoorbeeld <code>vandaag</code> of <code>26-11-2026</code>.
event-bad-date = Die datum begrijp ik niet, of hij ligt meer dan een maand terug. Typ bijvoorbeeld <code>vandaag</code> of <code>26-11-2026</code>.
event-created =
    ✅ Feedback voor <b>{ $title }</b> ({ $date }) staat open tot { $closes }.
    Link: { $link }
    Zet de QR-code hieronder op het scherm aan het eind van de bijeenkomst.
event-qr-caption = Scan mij en geef je mening over { $title } (anoniem, 10 seconden).
report-private-only = Het rapport stuur ik alleen in een privégesprek. Stuur me daar /rapport.
report-not-coordinator = Alleen coördinatoren kunnen het feedbackrapport zien.
report-choose-coalition = Van welke coalitie wil je het rapport zien?
report-header = 📊 <b>Feedback van { $coalition }</b>
report-none = Er is nog geen feedback gegeven.
report-dropins-header = <b>Laatste { $count } inloops</b>: { $responses } antwoorden, gemiddeld { $average }
report-events-header = <b>Evenementen</b>
report-session = <b>{ $title }</b> – { $date }: { $responses } antwoorden{ $rate }, gemiddeld { $average }
report-rate = { " " }({ $percent }% van { $invited } aanmeldingen)
report-too-few = (te weinig antwoorden om de verdeling en de opmerkingen te tonen)
report-comments = Opmerkingen:
button-trend = 📈 Trend als plaatje
button-csv = 📄 CSV-bestand
report-trend-caption = Gemiddelde waardering van de laatste inloops van { $coalition }.
report-trend-empty = Er zijn nog geen inloops met feedback om een trend van te maken.
report-csv-caption = Alle feedback van { $coalition }, zonder namen of gebruikers.

## Aankondigingen (/omroep)
cmd-broadcast = Aankondiging sturen naar je coalitie
cmd-settings = Aankondigingen aan of uit, je taal
announce-private-only = Een aankondiging maak je in een privégesprek met mij.
announce-not-coordinator = Alleen coördinatoren kunnen een aankondiging sturen.
announce-choose-coalition = Naar welke coalitie gaat de aankondiging?
button-all-coalitions = Alle coalities
announce-ask-text = Stuur de tekst van je aankondiging. Vet, cursief en links blijven behouden. Je mag ook een foto of document met een bijschrift sturen. Stoppen kan met /annuleren.
announce-empty = Ik zie geen tekst. Stuur de aankondiging in woorden, of een foto of document met bijschrift.
announce-too-long = Je tekst is te lang: { $length } tekens. Ik kan hoogstens { $parts } berichten van { $max } tekens sturen, gesplitst tussen alinea's. Maak hem korter.
announce-caption-too-long = Het bijschrift bij een foto of document mag hoogstens { $max } tekens zijn; het jouwe is { $length }. Maak het korter, of stuur de tekst zonder bijlage.
announce-ask-audience = Voor wie is de aankondiging?
button-audience-all = Iedereen
button-audience-coordinators = Alleen coördinatoren
button-audience-role = Per rol
button-audience-place = Per gemeente
announce-ask-role = Welke rol? (Leden met een vermelding in de partnergids met die rol.)
announce-ask-place = Welke gemeente? (Leden met een vermelding in de partnergids in die gemeente.)
announce-no-listings = Geen enkel lid heeft een eigen vermelding in de partnergids, dus ik kan niet op rol of gemeente kiezen. Kies een andere groep.
announce-ask-groups = Ook plaatsen in de gekoppelde groepen ({ $count })?
button-yes = Ja
button-no = Nee
announce-preview-header = 👀 <b>Voorbeeld</b>: zo ziet iedereen je aankondiging.
announce-preview-failed = Telegram weigert de opmaak van je tekst: { $error }. Er is niets verstuurd. Stuur /omroep opnieuw en pas de tekst aan.
announce-confirm = Dit gaat naar { $people } mensen{ $groups } (jou niet: jij ziet het voorbeeld hierboven). Versturen?
announce-confirm-groups = { " " }en { $groups } groepen
button-send = 📣 Versturen
announce-cancelled = De aankondiging is geannuleerd. Er is niets verstuurd.
announce-already = Deze aankondiging is al verstuurd of geannuleerd.
announce-not-yours = Alleen wie de aankondiging maakte, kan hem versturen of stoppen.
announce-progress =
    📣 <b>Aankondiging wordt verstuurd</b>
    { $bar }
    Bezorgd: { $sent } · wacht: { $waiting } · onbereikbaar: { $unreachable } · mislukt: { $failed }
button-stop-sending = ⏹ Stoppen
announce-stopping = Gestopt. Wat nog niet verstuurd was, blijft onverstuurd.
announce-report =
    { $title }
    Bezorgd: { $sent } van { $total }
    Onbereikbaar: { $unreachable }{ $names }
    Mislukt: { $failed }
    Niet verstuurd (gestopt): { $stopped }
announce-title-done = ✅ <b>Aankondiging verstuurd</b>
announce-title-stopped = ⏹ <b>Aankondiging gestopt</b>
button-mute = 🔕 Geen aankondigingen meer
announce-muted = Je krijgt geen aankondigingen meer. Zet ze weer aan met /instellingen.
settings-text =
    <b>Instellingen</b>
    { $announcements }
    { $network }
    🌐 Taal: { $current }. Kies hieronder een andere taal.
    Herinneringen voor de inloop zet je aan of uit bij /inloop.
settings-language-saved = Je taal is opgeslagen.
language-name = Nederlands
settings-announcements-on = 📣 Je krijgt aankondigingen van je coalitie.
settings-announcements-off = 🔕 Je krijgt geen aankondigingen.
button-announcements-on = 📣 Aankondigingen aanzetten
button-announcements-off = 🔕 Aankondigingen uitzetten

## Privacy
cmd-privacy = Wat ik bewaar, waarom en hoe lang
cmd-mydata = Alles wat ik over jou bewaar
cmd-forgetme = Verwijder alles over jou
privacy-text =
    <b>Privacy</b>
    Ik bewaar alleen wat nodig is om professionals elkaar te laten vinden:
    • je voornaam en taal uit Telegram, de taal die je zelf kiest, en bij welke coalities je hoort (als lid of coördinator);
    • je eigen vermelding in de partnergids, als je je aanmeldt: die zien alleen leden van je coalitie, en pas als een coördinator hem goedkeurt;
    • of je meedoet met kennismaken (hoe vaak, je domein en gemeente), met wie ik je koppelde en je antwoorden daarop;
    • je keuzes voor de inloop (herinneringen, "Ik doe mee", je vragen) en voor aankondigingen;
    • welke herinneringen en aankondigingen ik je stuurde, zodat je niets dubbel krijgt.
    • je netwerkvragen en je antwoorden op die van anderen (alleen de vrager ziet je antwoord), en wie ze kreeg: { $network } dagen na de vraag verwijder ik ze.
    Feedback is anoniem: ik bewaar je cijfer en opmerking zonder wie je bent.
    Ik bewaar nooit gegevens over ouders of cliënten: een tekst met een burgerservicenummer weiger ik.
    Je gegevens blijven tot je ze verwijdert. Zie alles met /mijngegevens, verwijder alles met /vergeetmij. Een vermelding die een coördinator voor je importeerde, haalt die coördinator weg.
    Wat ik niet meer nodig heb, ruim ik elke dag op: een eigen aanmelding die niemand goedkeurde na { $registrations } dagen, verlopen uitnodigingen na { $invites } dagen, wie een aankondiging kreeg na { $deliveries } dagen (de aantallen blijven), aanmeldingen voor een inloop na { $rsvps } dagen, opmerkingen bij feedback { $comments } dagen na de bijeenkomst (je coalitie kan dat anders instellen). Wat een coördinator veranderde (wie, wat en wanneer: goedkeuringen, wijzigingen, imports, inloop, aankondigingen) bewaar ik { $audit } dagen.
mydata-text =
    <b>Wat ik over jou bewaar</b>
    Naam: { $name }
    Taal: { $preferred }
    Coalities: { $memberships }
    Eigen vermelding in de partnergids: { $listings }
    Herinneringen voor de inloop: { $reminders }
    Aanmeldingen voor een inloop: { $rsvps }
    Vragen voor de inloop: { $questions }
    Aankondigingen: { $announcements }
    Kennismaken: { $introductions }
    Kennismakingen: { $history }
    Netwerkvragen: { $network_questions }
    Je antwoorden op netwerkvragen: { $network_answers }
    Je acties: { $actions }
    Wat je bij acties schreef: { $action_updates }
    Netwerkvragen krijgen: { $network }
    Feedback is anoniem en staat hier dus niet.
mydata-none = geen
mydata-language-chosen = { $current } (je eigen keuze)
mydata-language-auto = { $current } (niet zelf gekozen; je Telegram-app staat op: { $telegram })
mydata-on = aan
mydata-off = uit
forget-confirm = Weet je het zeker? Ik verwijder je lidmaatschappen, je eigen vermelding in de partnergids, je keuzes en vragen voor de inloop, je netwerkvragen en antwoorden en alles wat ik je stuurde. Dit kan niet ongedaan worden gemaakt. Je anonieme feedback blijft, want die is niet aan jou te koppelen.
button-forget-yes = Ja, verwijder alles
forget-done = Klaar: alles over jou is verwijderd. Wil je later weer meedoen? Vraag je coördinator om een nieuwe uitnodigingslink.
forget-cancelled = Er is niets verwijderd.

## Kennismaken (/kennismaken)
cmd-meet = Kennismaken met een collega uit het andere domein
intro-private-only = Kennismaken regel je in een privégesprek met mij. Stuur me /kennismaken.
intro-not-member = Kennismaken is voor leden van een coalitie. Vraag je coördinator om een uitnodigingslink.
intro-choose = Voor welke coalitie?
intro-card-header = ☕ <b>Kennismaken in { $coalition }</b>
intro-explain = Om de paar weken koppel ik je aan een collega uit het andere domein (medisch of sociaal), het liefst in je eigen gemeente. Jullie praten 20 minuten: bellen, videobellen of koffie. Zo weet je elkaar te vinden als het nodig is.
intro-status-out = Je doet nog niet mee. Kies hoe vaak je iemand wilt leren kennen.
intro-status-in = ✅ Je doet mee: { $weeks ->
    [1] elke week.
   *[other] elke { $weeks } weken.
}
intro-status-paused = ⏸ Je doet mee (elke { $weeks } weken), maar je hebt pauze tot { $until }.
intro-rounds-on = Rondes: { $when }. Volgende ronde: { $next }.
intro-rounds-off = De coördinator heeft de rondes nog niet aangezet. Je doet mee zodra ze beginnen.
intro-coordinator = Je bent coördinator: { $participants } deelnemers. Zet de rondes aan of uit en kies de dag en het uur.
button-intro-every = { $weeks ->
    [1] Elke week
   *[other] Elke { $weeks } weken
}
button-intro-skip = ⏭ Sla de volgende ronde over
button-intro-pause = ⏸ Pauzeer een maand
button-intro-stop = Stoppen
button-intro-rounds-on = ▶️ Rondes aanzetten
button-intro-rounds-off = ⏹ Rondes uitzetten
button-intro-day = 🗓 Dag en uur
intro-members-only = Alleen leden van deze coalitie kunnen meedoen.
intro-coordinators-only = Alleen coördinatoren kunnen de rondes instellen.
intro-joined = Gelukt! Je doet mee.
intro-stopped = Je doet niet meer mee. Je kunt altijd weer beginnen.
intro-skipped = Je slaat de volgende ronde over.
intro-paused = Je hebt een maand pauze.
intro-domain-medical = Medisch
intro-domain-social = Sociaal
intro-domain-other = Anders
intro-ask-domain = Bij welk domein hoor je? Dan koppel ik je aan iemand uit het andere domein.
intro-ask-place = In welke gemeente van { $coalition } werk je vooral?
intro-place-other = Meerdere of weet ik niet
intro-ask-day = Op welke dag begint een ronde?
intro-ask-hour = Hoe laat op { $day }?
intro-rounds-saved = Opgeslagen.
intro-text =
    ☕ <b>Kennismaken</b>
    Deze keer koppel ik je aan:

    { $people }

    Plan deze week een gesprek van 20 minuten: bellen, videobellen of koffie. Een voorstel: { $slot }.
    Laat met de knoppen weten of het lukt. { $count ->
        [1] Lukt het niet? Geen probleem, dan krijg je de volgende keer iemand anders.
       *[other] Jullie zijn met z'n drieën deze keer. Lukt het niet? Geen probleem.
    }
intro-write-to = Stuur { $name } een bericht: tik op de naam.
intro-unlisted = <b>{ $name }</b> · { $domain } domein · { $place }
    (nog niet in de partnergids; tik op de naam om een bericht te sturen)
button-intro-planned = Gepland 👍
button-intro-not-now = Lukt deze keer niet
intro-not-yours = Deze knop hoort bij een kennismaking van iemand anders.
intro-planned-thanks = Fijn! Veel plezier met jullie gesprek.
intro-not-now-thanks = Geen probleem. In de volgende ronde krijg je iemand anders.
intro-other-not-now = ☕ { $name } kan deze keer niet afspreken. Geen probleem: in de volgende ronde krijg je iemand anders.
intro-lost-pair = ☕ { $names } is nu niet te bereiken via de bot. Jammer! Ik zoek iemand anders voor je: nog deze ronde als het lukt, anders krijg je in de volgende ronde als eerste een nieuwe collega.
intro-lost-group = ☕ { $names } is nu niet te bereiken via de bot. Jullie kennismaking gaat gewoon door met z'n tweeën.
intro-ics-title = Kennismaken met { $names }
intro-ics-caption = Een voorstel voor jullie gesprek. Spreek samen een ander moment af als dat beter past.
intro-check-back = ☕ Vorige week koppelde ik je aan { $names }. Hebben jullie elkaar gesproken?
button-met-yes = Ja
button-met-no = Nee
button-met-not_yet = Nog niet
intro-met-thanks-yes = Mooi! Dank je voor het laten weten.
intro-met-thanks-no = Dank je voor het laten weten. Misschien lukt het een volgende keer.
intro-met-thanks-not_yet = Dank je. Het gesprek kan ook nog later.
button-settings-meet = ☕ Kennismaken
mydata-intro-none = doet niet mee
mydata-intro-in = { $coalition }: { $weeks ->
    [1] elke week
   *[other] elke { $weeks } weken
}
mydata-intro-history = { $date } met { $names }
report-intro-header = <b>Kennismaken</b>: { $rounds } rondes, { $introductions } kennismakingen, { $cross }% tussen medisch en sociaal domein, { $met }% heeft elkaar gesproken ({ $answered } gaven antwoord)
report-intro-place = { $place }: { $introductions } kennismakingen, { $cross }% tussen de domeinen, { $met }% gesproken
report-intro-none = <b>Kennismaken</b>: nog geen rondes.
button-intro-trend = ☕ Kennismaken als plaatje
report-intro-trend-caption = Deel van de kennismakingen per ronde dat elkaar sprak, { $coalition }.
report-intro-trend-empty = Er zijn nog geen rondes om een plaatje van te maken.
report-place-unknown = Meerdere of onbekende gemeenten
report-coverage-header = <b>Waar het netwerk dun is</b> (geen vermelde partner in een rol die elke gemeente nodig heeft):
report-coverage-place = { $place }: geen { $roles }
report-coverage-full = <b>Dekking</b>: elke gemeente heeft een vermelde partner in elke rol die nodig is.
chart-average = gemiddeld (1-5)
chart-answers = antwoorden
chart-met = gesproken (%)
chart-introductions = kennismakingen

## Eén herinnering voor feedback
feedback-reminder =
    🔔 Nog even dit, alleen als je wilt:
    { $ask }
report-reminder = { " " }Na de herinnering: { $before }% → { $after }% geantwoord.

## Status (/status, voor beheerders)
cmd-status = Hoe het met de bot gaat
status-admins-only = /status is voor de beheerders van de bot.
status-text =
    <b>Status</b>
    Versie: { $version }
    Draait sinds: { $uptime }
    Modus: { $mode }
    Database: { $size } MiB
    Coalities: { $coalitions }, leden: { $members }, vermeldingen: { $listings }
    Nog te versturen: { $pending }
    Volgende herinneringen: { $next }
    429-antwoorden in het afgelopen uur: { $refusals }
    Laatste antwoord van de Bot API: { $answer }
    Laatste onverwachte fout: { $error }
    Langste hapering sinds de start: { $stall } ms
status-never = nooit
status-none = geen
status-ago = { $time } geleden

## Mini App (de gids als webpagina in Telegram)
miniapp-title = Partnergids
miniapp-search-label = Zoek op rol, gemeente of naam
miniapp-search-placeholder = bijvoorbeeld: vk venray
miniapp-filter-role = Rol
miniapp-filter-domain = Domein
miniapp-filter-municipality = Gemeente
miniapp-filter-all = Alle
miniapp-results = { $count } gevonden
miniapp-results-more = Ik laat de eerste { $shown } zien. Zoek preciezer met een rol of gemeente.
miniapp-none = Ik vond niemand. Probeer een ander woord, of kies minder filters.
miniapp-did-you-mean = Bedoelde je { $suggestion }?
miniapp-card-call = Bellen
miniapp-card-mail = Mailen
miniapp-card-website = Website
miniapp-card-experience = Ervaring:
miniapp-card-share = Delen in een chat
miniapp-card-close = Sluiten
miniapp-tab-directory = Gids
miniapp-tab-dropin = Inloop
miniapp-tab-listing = Mijn vermelding
miniapp-dropin-none = Er is nog geen inloop gepland voor { $coalition }.
miniapp-dropin-join = Ik doe mee
miniapp-dropin-leave = Toch niet
miniapp-dropin-count = Er doen { $count } mensen mee.
miniapp-dropin-joined = Jij doet mee.
miniapp-dropin-calendar = Zet in agenda
miniapp-dropin-calendar-sent = Het agendabestand staat in je chat met de bot.
miniapp-dropin-open = Naar het gesprek
miniapp-listing-intro = Zo staat je vermelding in de gids van { $coalition }. Een coördinator keurt elke wijziging eerst goed.
miniapp-listing-none = Je staat nog niet in de gids van { $coalition }. Vul je gegevens in.
miniapp-listing-status = Status: { $status }
miniapp-listing-consent = Leden van de coalitie mogen deze gegevens zien en gebruiken om mij te bereiken.
miniapp-listing-consent-needed = Geef eerst toestemming: vink het vakje aan.
miniapp-listing-save = Opslaan en laten goedkeuren
miniapp-listing-saved = Dank je! Je vermelding wacht nu op goedkeuring. Je krijgt bericht in de chat.
miniapp-listing-problem = Kijk dit nog eens na: { $field }.
miniapp-error-missing = Open deze gids vanuit Telegram: tik op de knop Gids in je chat met de bot.
miniapp-error-invalid = Open deze gids vanuit Telegram: tik op de knop Gids in je chat met de bot.
miniapp-error-expired = De gids is te lang open geweest. Sluit hem en open hem opnieuw vanuit Telegram.
miniapp-error-stranger = De gids is voor leden van een coalitie. Vraag je coördinator om een uitnodigingslink.
miniapp-error-busy = Even rustig aan. Probeer het zo weer.
miniapp-error-generic = Er ging iets mis. Probeer het later nog eens.
miniapp-loading = Even laden…
miniapp-menu-button = Gids
miniapp-open-button = 📖 Open de gids
miniapp-field-name = Naam
miniapp-field-organisation = Organisatie
miniapp-field-role = Rol
miniapp-field-municipality = Gemeente
miniapp-field-phone = Telefoonnummer
miniapp-field-email = E-mailadres
miniapp-tab-coverage = Beheer
miniapp-coverage-intro = Vermelde partners per gemeente en rol. Een gekleurd vak met een uitroepteken: geen partner in een rol die elke gemeente nodig heeft. Tik op een vak om de partners te zien.
miniapp-coverage-caption = Dekking van { $coalition }
miniapp-coverage-cell = { $role } in { $place }: { $count }
miniapp-coverage-gap = (ontbreekt)
miniapp-pending-header = Aanmeldingen die wachten ({ $count })
miniapp-pending-none = Er wachten geen aanmeldingen.
miniapp-approve = Goedkeuren
miniapp-reject = Afwijzen
miniapp-reject-reason = Reden van afwijzen (de aanmelder ziet die; mag leeg)
miniapp-coverage-title = Dekking van het netwerk
miniapp-stale-header = Niet gecontroleerd in 12 maanden ({ $count })
miniapp-stale-none = Alle vermeldingen zijn het afgelopen jaar gecontroleerd.
miniapp-stale-since = Laatst gecontroleerd: { $date }
miniapp-still-current = Klopt nog
miniapp-hide = Verbergen
listing-changed-meanwhile = Iemand anders heeft deze vermelding net veranderd. Ik heb niets overschreven. Dit staat er nu:
import-new-names = Nieuw: { $names }
import-changed-names = Gewijzigd: { $names }
audit-approve = Aanmelding goedgekeurd: { $subject }
audit-reject = Aanmelding afgewezen: { $subject } (reden: { $detail })
audit-hide = Vermelding verborgen: { $subject }
audit-show = Vermelding weer getoond: { $subject }
audit-status = Status van { $subject } gezet op: { $detail }
audit-checked = Vermelding gecontroleerd: { $subject }
audit-edit = Vermelding gewijzigd: { $subject } ({ $detail })
audit-import = CSV geïmporteerd: { $detail }
audit-schedule = Inloop ingesteld: { $subject } { $detail }
audit-dropin-skip = Inloop van { $subject } gaat niet door
audit-dropin-move = Inloop van { $subject } verzet naar { $detail }
audit-dropin-undo = Wijziging van de inloop van { $subject } teruggedraaid
audit-announce = Aankondiging verstuurd aan { $detail }: { $subject }
miniapp-audit-nobody = via de opdrachtregel
miniapp-audit-someone = een coördinator die zich liet vergeten
miniapp-audit-import-counts = { $new } nieuw, { $changed } gewijzigd, { $unchanged } ongewijzigd
miniapp-audit-paused = (gepauzeerd)
miniapp-audit-title = Logboek: wie veranderde wat
miniapp-audit-intro = Alles wat coördinatoren veranderen, in de chat of hier. Elke regel blijft { $days } dagen bewaard.
miniapp-audit-none = Er is nog niets veranderd.
miniapp-audit-more = Oudere regels
miniapp-kind-dropin = inloop
miniapp-kind-event = bijeenkomst
miniapp-col-date = Datum
miniapp-col-session = Bijeenkomst
miniapp-col-kind = Soort
miniapp-col-invited = Aanmeldingen
miniapp-col-answers = Antwoorden
miniapp-col-response = Respons (%)
miniapp-col-average = Gemiddeld cijfer
miniapp-col-before-reminder = Geantwoord vóór herinnering (%)
miniapp-col-after-reminder = Geantwoord na herinnering (%)
miniapp-col-week = Week
miniapp-col-joined = Ik doe mee
miniapp-col-round = Ronde
miniapp-col-introductions = Kennismakingen
miniapp-col-met = Gesproken (%)
miniapp-col-municipality = Gemeente
miniapp-col-cross = Tussen domeinen (%)
miniapp-col-announcement = Aankondiging
miniapp-col-recipients = Ontvangers
miniapp-col-reached = Bereikt
miniapp-col-unreachable = Niet bereikbaar
miniapp-col-failed = Mislukt
miniapp-col-asked = Gesteld
miniapp-col-answered = Met antwoord
miniapp-col-solved = Opgelost
miniapp-chart-feedback = Gemiddeld cijfer per inloop en bijeenkomst
miniapp-chart-attendance = "Ik doe mee" per week
miniapp-chart-rounds = Kennismakingen die spraken, per ronde (%)
miniapp-chart-places = Kennismakingen per gemeente
miniapp-chart-announcements = Aankondigingen: bereikt
miniapp-chart-network = Netwerkvragen per week: gesteld
miniapp-chart-empty = Nog geen cijfers.
miniapp-chart-summary =
    { $count ->
        [one] 1 rij
       *[other] { $count } rijen
    }. Hoogste: { $high_label } ({ $high }). Laagste: { $low_label } ({ $low }).
miniapp-chart-numbers = De cijfers
miniapp-chart-csv = CSV in je chat
miniapp-csv-sent = Het CSV-bestand staat in je chat met de bot.
miniapp-start-chat-first = Start eerst een chat met de bot, dan kan ik je het bestand sturen.
miniapp-export-sent = De gids ({ $count } vermeldingen) staat als CSV-bestand in je chat met de bot.
miniapp-admin-todo = Te doen
miniapp-admin-directory = Gids beheren
miniapp-admin-coverage = Dekking
miniapp-admin-reports = Rapportage
miniapp-admin-audit = Logboek
miniapp-manage-search-label = Zoek in alle vermeldingen, ook wachtende en verborgen (naam, organisatie of gemeente)
miniapp-manage-status = Status
miniapp-manage-none = Geen vermeldingen gevonden.
miniapp-manage-more = Er zijn er meer. Zoek preciezer.
miniapp-manage-edit = Wijzigen
miniapp-manage-save = Opslaan
miniapp-manage-cancel = Annuleren
miniapp-show = Weer tonen
miniapp-field-neighbourhood = Wijk
miniapp-field-website = Website
miniapp-field-keywords = Trefwoorden
miniapp-field-experience = Ervaring (methodes, onderwerpen)
card-experience = Ervaring: { $experience }
miniapp-import-title = CSV importeren
miniapp-import-file = Kies een CSV-bestand (uit Excel: Opslaan als → CSV)
miniapp-import-coalition = Voor coalitie
miniapp-import-check = Bekijk wat er verandert
miniapp-export = Gids als CSV in je chat
miniapp-reports-title = Rapportage
miniapp-reports-coalition = Coalitie
miniapp-reports-introductions = Kennismaken
miniapp-comments-title = Opmerkingen (alleen bij 3 antwoorden of meer)
miniapp-no-contact = Vul een telefoonnummer of e-mailadres in.
miniapp-admin-csv = CSV

## Ask the network (/netwerkvraag)
cmd-ask = Vraag je collega's om raad over je werk
network-private-only = Een netwerkvraag stel je in een privégesprek met mij.
network-not-member = Een netwerkvraag kan als je lid bent van een coalitie. Vraag je coördinator om een uitnodigingslink.
network-one-a-day = Je kunt één netwerkvraag per dag stellen. Je volgende vraag kan vanaf { $date } om { $time }.
network-choose-coalition = Aan de collega's van welke coalitie stel je je vraag?
network-ask-text =
    Typ je vraag aan je collega's (hoogstens { $max } tekens). Vraag iets over je werk, bijvoorbeeld: "Wie heeft ervaring met praten over schulden tijdens de zwangerschap?"
    Noem nooit een cliënt: geen naam, adres, geboortedatum of leeftijd. Stoppen kan met /annuleren.
network-text-length = Je vraag is te kort of te lang: tussen { $min } en { $max } tekens. Probeer het nog eens.
network-bsn = Dit lijkt een BSN. Zet geen gegevens van cliënten in de bot. Ik heb niets opgeslagen; typ je tekst opnieuw.
network-details-found =
    Ik zie iets dat over een cliënt kan gaan: { $words }.
    Vragen en antwoorden gaan over je werk, nooit over een cliënt. Pas je tekst aan en typ hem opnieuw.
network-details-colleague-hint = Is dit de naam van een collega? Tik dan hieronder.
button-network-colleague = 👤 Dit is een collega
screen-detail-name = naam
screen-detail-address = adres
screen-detail-postcode = postcode met huisnummer
screen-detail-birth_date = geboortedatum
screen-detail-age = leeftijd
screen-detail-phone = mobiel nummer
screen-detail-email = e-mailadres
screen-detail-iban = rekeningnummer
network-nobody = Er is in deze coalitie nog niemand die netwerkvragen krijgt. Niets verstuurd.
network-ask-audience = Aan wie stel je je vraag? Tussen haakjes zie je hoeveel collega's dat zijn.
network-audience-all = 👥 Iedereen in de coalitie ({ $count })
network-audience-medical = 🩺 Medisch domein ({ $count })
network-audience-social = 🤝 Sociaal domein ({ $count })
network-audience-municipality = 📍 { $name } ({ $count })
network-audience-method = 🎓 Ervaring met { $name } ({ $count })
network-audience-empty = Daar is nu niemand meer. Kies een andere groep.
network-confirm =
    Je vraag:
    { $question }

    Hij gaat naar { $count } collega's. Versturen?
network-confirm-later = Van hen krijgen { $later } hem later: ze kregen deze week al 3 netwerkvragen.
button-network-send = ✅ Versturen
button-network-dont-send = Niet versturen
network-sent = Verstuurd naar { $count } collega's. Je ziet hier hun antwoorden zodra ze komen. Na 14 dagen sluit je vraag vanzelf.
network-sent-later = { $later } van hen krijgen je vraag volgende week: ze kregen deze week al 3 netwerkvragen. Je vraag staat voor hen in de wachtrij.
network-cancelled = Gestopt. Er is niets verstuurd.
network-own-question =
    <b>Je open netwerkvraag</b>
    { $question }
    Verstuurd: { $sent } · in de wachtrij: { $waiting } · antwoorden: { $answers }
button-network-solved = ✅ Opgelost
button-network-solved-by = ✅ Opgelost: { $name } hielp
button-network-agenda = 📋 Op de agenda van de inloop
network-solved = Fijn dat het is opgelost! Je vraag is gesloten.
network-already-ended = Deze vraag is al gesloten.
network-already-on-agenda = Deze vraag staat al op de agenda.
network-on-agenda = Je vraag staat op de agenda van de inloop van { $date }.
network-you-helped = Dank je! { $asker } zegt dat jij hielp met de vraag “{ $question }”.
network-closed = Je netwerkvraag “{ $question }” is na 14 dagen gesloten. Je kreeg { $answers } antwoord(en). Nog geen oplossing? Zet hem op de agenda van de inloop met /vraag.
network-incoming =
    <b>Vraag uit het netwerk van { $coalition }</b>
    Van: { $asker }

    { $question }

    Kun je helpen? Alleen de vrager ziet je antwoord.
button-network-can-help = 🙋 Ik kan helpen
button-network-knows-someone = 👉 Ik ken iemand
button-network-write = ✍️ Antwoord schrijven
network-answer-closed = Deze vraag is gesloten of niet voor jou.
network-share-confirm = Dan stuur ik je contactgegevens (je vermelding in de gids, of een link naar een chat met jou) naar de vrager. Goed?
button-network-share-yes = Ja, stuur mijn gegevens
button-network-share-no = Nee, toch niet
network-share-not = Oké, ik heb niets gestuurd.
network-share-done = Verstuurd: de vrager heeft nu je contactgegevens. Dank je!
network-share-already = Je had al laten weten dat je kunt helpen.
network-knows-ask = Wie ken je? Typ een naam, rol of methode. Ik zoek in de partnergids.
network-knows-none = Ik vond niemand in de gids. Probeer een andere naam of rol, of stop met /annuleren.
network-knows-pick = Tik op de collega die je aanraadt:
network-write-ask = Typ je antwoord (hoogstens { $max } tekens). Noem geen cliënt. Stoppen kan met /annuleren.
network-answer-length = Je antwoord is leeg of te lang (hoogstens { $max } tekens). Probeer het nog eens.
network-answer-passed-on = Doorgestuurd naar de vrager. Dank je!
network-answer-can-help =
    <b>Iemand kan helpen</b> met je vraag “{ $question }”:
    { $who }
network-answer-knows =
    <b>Een tip</b> voor je vraag “{ $question }”. { $who }
    raadt deze collega aan:
    { $colleague }
network-answer-text =
    <b>Antwoord</b> op je vraag “{ $question }”:
    { $answer }
    — { $who }
settings-network-on = 🤝 Je krijgt netwerkvragen van collega's (hoogstens 3 per week).
settings-network-off = 🔕 Je krijgt geen netwerkvragen.
button-network-off = 🔕 Netwerkvragen uitzetten
button-network-on = 🤝 Netwerkvragen aanzetten
mydata-answer-can_help = "Ik kan helpen"
mydata-answer-knows_someone = "Ik ken iemand"
report-network-none = <b>Netwerkvragen</b>: geen in de laatste { $days } dagen.
report-network-header = <b>Netwerkvragen</b> (laatste { $days } dagen): { $asked } gesteld, { $answered } met antwoord, { $solved } opgelost
report-network-first-answer = Het eerste antwoord kwam na { $hours } uur (mediaan).
report-network-topics = Over: { $topics }

# ---- the action agenda (issue 35) ----
cmd-action = Een actie voorstellen
cmd-actions = Je acties en die van je coalitie
cmd-workgroups = De werkgroepen van je coalitie
cmd-stand = De stand van zaken
actions-title-empty = Ik zie geen woorden. Typ een korte titel.
actions-title-too-long = Dat is te lang: maximaal { $max } tekens. Maak het korter.
actions-bsn = Dit lijkt op een burgerservicenummer. Zet nooit gegevens van cliënten in een actie. Ik heb niets opgeslagen.
actions-details = Je tekst noemt { $words }. Een actie gaat over het werk, nooit over een cliënt: laat dat weg en probeer het opnieuw. Ik heb niets opgeslagen.
actions-not-member = Acties en werkgroepen zijn er voor leden van een coalitie. Vraag je coördinator om een uitnodiging.
actions-usage = Typ je actie achter /actie, bijvoorbeeld: /actie CenteringPregnancy starten in Venray #Zwangerschap tot 31-03-2027. Met # kies je een werkgroep, met tot een einddatum; allebei mag je weglaten.
actions-choose-coalition = Voor welke coalitie is deze actie?
actions-due-unknown = Ik begrijp de datum “{ $text }” niet. Schrijf hem als 31-03-2027.
actions-workgroup-unknown = Ik ken geen werkgroep “{ $name }”. Zie /werkgroepen.
actions-proposed = Je actie staat op de actieagenda van { $coalition }. Jij bent eigenaar; zet de status als er iets verandert.
actions-coalition = <b>Actieagenda van { $coalition }</b>: { $counts }. Zie /stand voor de stand van zaken.
actions-own-none = Je hebt geen open acties. Stel er een voor met /actie.
actions-status-set = Status: { $status }
actions-status-idea = 💡 idee
actions-status-in_progress = 🔧 bezig
actions-status-stuck = ⛔ vast
actions-status-done = ✅ klaar
actions-status-stopped = ⏹ gestopt
actions-card-status = Status: { $status }
actions-card-workgroup = Werkgroep: { $workgroup }
actions-card-due = Klaar vóór: { $date }
actions-card-overdue = Klaar vóór: { $date } (te laat)
actions-card-last = Laatste nieuws: { $text }
workgroups-none = { $coalition } heeft nog geen werkgroepen. Een coördinator begint er een met: /werkgroepen nieuw Naam: doel
workgroups-header = <b>Werkgroepen van { $coalition }</b>
workgroups-line = <b>{ $name }</b> ({ $count ->
        [one] 1 lid
       *[other] { $count } leden
    })
workgroups-goal = Doel: { $goal }
workgroups-you = Jij doet mee.
button-workgroup-join = ➕ Meedoen met { $name }
button-workgroup-leave = ➖ Stoppen met { $name }
workgroups-coordinators-only = Alleen een coördinator kan een werkgroep beginnen.
workgroups-new-usage = Zo begin je een werkgroep: /werkgroepen nieuw Naam: doel
workgroups-added = Werkgroep { $name } van { $coalition } staat erin. Jij bent de trekker.
workgroups-exists = { $coalition } heeft al een werkgroep { $name }.
workgroups-joined = Je doet mee met { $name }.
workgroups-left = Je bent gestopt met { $name }.
stand-header = <b>Stand van zaken van { $coalition }</b> sinds { $since }
stand-counts = Acties: { $counts }
stand-done = <b>Klaar ({ $count })</b>
stand-under-way = <b>Bezig ({ $count })</b>
stand-stuck = <b>Vast ({ $count })</b>
stand-next = <b>Volgende stappen ({ $count })</b>
stand-overdue = (te laat)
stand-empty = Nog geen acties. Stel er een voor met /actie.
stand-since-unknown = Ik begrijp de datum “{ $text }” niet. Schrijf hem als 01-09-2026.
audit-workgroup-add = Werkgroep begonnen: { $subject }
audit-workgroup-join = Werkgroep: lid erbij in { $subject }
audit-workgroup-leave = Werkgroep: lid gestopt in { $subject }
audit-action-propose = Actie voorgesteld: { $subject }
audit-action-owner = Actie: eigenaar erbij voor { $subject }
audit-action-status = Status van actie { $subject }: { $detail }
actions-owners-only = Alleen de eigenaren van deze actie en de coördinatoren kunnen hem veranderen.
actions-owner-added = Je bent nu ook eigenaar van deze actie.
actions-news-ask = Wat is het nieuws over “{ $title }”? Typ het in één zin (maximaal { $max } tekens), of /annuleren.
actions-news-kept = Dank je, je nieuws staat bij de actie.
actions-news-cancelled = Oké, ik heb niets toegevoegd.
button-action-own = 🙋 Ik trek mee
button-action-news = ✏️ Nieuws toevoegen
actions-rhythm-coordinators-only = Alleen een coördinator stelt in wanneer eigenaren van acties worden gevraagd hoe het gaat.
actions-rhythm-usage = Zo stel je het in: /acties ritme maandelijks (elke maand vanaf de 1e), of /acties ritme 15-03-2027 (in de week voor die bijeenkomst).
actions-rhythm-monthly = Eigenaren van open acties van { $coalitions } krijgen elke maand vanaf de 1e de vraag hoe het gaat.
actions-rhythm-meeting = Eigenaren van open acties van { $coalitions } krijgen in de week voor { $date } de vraag hoe het gaat.
actions-round-ask = 📋 <b>Hoe staat het met je actie?</b> Tik de status aan, of voeg een zin nieuws toe. Zo schrijft de stand van zaken zichzelf.
actions-round-reminder = 📋 Een herinnering, de enige: hoe staat het met je actie?
actions-round-overdue = ⏰ De einddatum is voorbij. Is de actie klaar, of heeft hij een nieuwe datum nodig? Zeg het je coördinator.
audit-action-rhythm = Ritme van de statusvraag: { $detail }
stand-pdf-coordinators-only = De stand van zaken als document is er voor coördinatoren. Iedereen ziet hem in de chat met /stand.
stand-pdf-caption = Stand van zaken van { $coalition }, om door te sturen naar de stuurgroep.
stand-pdf-title = Stand van zaken
stand-pdf-since = Sinds { $date }
stand-pdf-made = gemaakt op { $date }
stand-pdf-counts = Acties per werkgroep en status
stand-pdf-workgroup = Werkgroep
stand-pdf-no-workgroup = (geen werkgroep)
stand-pdf-all = Alle acties
stand-pdf-chart = Acties klaar per maand
stand-pdf-nothing = Niets in deze periode.
stand-pdf-late = te laat
stand-pdf-due = klaar vóór
stand-pdf-done = Klaar in deze periode
stand-pdf-under-way = Bezig
stand-pdf-stuck = Loopt vast
stand-pdf-next = Volgende stappen
button-action-agenda = 📌 Op de agenda van de inloop
actions-agenda-item = Actie: { $title } ({ $status })
actions-on-agenda = De actie staat op de agenda van de inloop van { $date }.
actions-already-on-agenda = Deze actie staat al op de agenda van de volgende inloop.
miniapp-tab-actions = Acties
miniapp-actions-owners-only = Alleen de eigenaren van deze actie en de coördinatoren kunnen hem veranderen.
miniapp-actions-filter-workgroup = Werkgroep
miniapp-actions-filter-status = Status
miniapp-actions-filter-open = Open
miniapp-actions-mine = Alleen mijn acties
miniapp-actions-overdue = Alleen te laat
miniapp-actions-none = Geen acties gevonden. Stel er een voor in de chat met /actie.
miniapp-actions-owners = Eigenaren: { $owners }
miniapp-actions-due = Klaar vóór { $date }
miniapp-actions-late = te laat
miniapp-actions-history = Geschiedenis
miniapp-actions-change = Status veranderen
miniapp-actions-saved = Status opgeslagen.
miniapp-workgroups-title = Werkgroepen
miniapp-workgroups-members = Leden: { $count }
miniapp-workgroups-join = Meedoen
miniapp-workgroups-leave = Stoppen
miniapp-workgroups-none = Nog geen werkgroepen.
miniapp-admin-stand = Stand van zaken
miniapp-stand-since = Sinds
miniapp-stand-done = Klaar
miniapp-stand-under-way = Bezig
miniapp-stand-stuck = Vast
miniapp-stand-next = Volgende stappen
miniapp-stand-overdue = Te laat: { $count }
miniapp-stand-pdf = Als pdf: typ /stand pdf in de chat.
cmd-examples = Praktijkvoorbeelden van je coalitie
button-action-share = 📣 Delen als praktijkvoorbeeld
actions-share-owners-only = Alleen de eigenaren van een actie die klaar is, kunnen hem delen.
actions-shared = Gedeeld: collega's vinden de actie nu met /voorbeelden en bij netwerkvragen over hetzelfde onderwerp.
actions-share-waits = Je toestemming staat. De actie wordt gedeeld zodra alle eigenaren toestemming gaven.
examples-none = Geen praktijkvoorbeelden gevonden. Een actie die klaar is, kunnen de eigenaren delen.
examples-header = <b>Praktijkvoorbeelden</b> ({ $count })
network-examples = Praktijkvoorbeelden uit je coalitie over hetzelfde onderwerp:
audit-action-shared = Actie gedeeld als praktijkvoorbeeld: { $subject }
miniapp-stand-chart = Acties klaar per maand
miniapp-stand-month = Maand
miniapp-stand-workgroups = Acties per werkgroep en status
miniapp-stand-no-workgroup = (geen werkgroep)
