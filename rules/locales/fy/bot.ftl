# Fryske teksten. B1, do-foarm, koarte sinnen; stavering fan de Fryske Akademy.
# HTML mei: <b>, <i>, <a>, <code>.

## Roles
role-member = lid
role-coordinator = koördinator

## /start
start-stranger =
    Hoi { $name }! Ik bin de bot fan de Kansrike Start-koalysje.
    Ik help professionals inoar te finen om de earste 1000 dagen fan in bern hinne.

    Do bist noch gjin lid fan in koalysje. Freegje dyn koördinator om in útnoegingskeppeling en tik derop.
start-known =
    Hoi { $name }! Moai datst der bist.
    Do bist lid fan: { $coalitions }.

    Typ /help om te sjen wat ik foar dy dwaan kin.
start-admin =
    Hoi { $name }! Do bist behearder fan dizze bot.
    Meitsje in koalysje en in útnoeging foar de koördinator mei <code>python -m bot</code> op de server.
    Typ /help foar mear.

## Joining with an invite link
join-joined =
    Wolkom by <b>{ $coalition }</b>! Do bist no { $role }.
    Typ /help om te sjen watsto dwaan kinst.
join-promoted =
    Do bist no { $role } fan <b>{ $coalition }</b>.
    Typ /help om te sjen watsto dwaan kinst.
join-already = Do bist al { $role } fan <b>{ $coalition }</b>. Der is neat feroare.
join-unknown = Dizze útnoegingskeppeling ken ik net. Kontrolearje de keppeling of freegje dyn koördinator om in nije.
join-expired = Dizze útnoegingskeppeling is ferrûn. Freegje dyn koördinator om in nije.
join-used-up = Dizze útnoegingskeppeling is al sa faak brûkt as mocht. Freegje dyn koördinator om in nije.

## /help
help-stranger =
    <b>Wat kin dizze bot?</b>
    Professionals yn in Kansrike Start-koalysje fine hjir pleatslike kontakten, krije in oantinken foar it wyklikse ynrinoerke en jouwe gau feedback nei in gearkomste.

    Do bist noch gjin lid. Freegje dyn koördinator om in útnoegingskeppeling.
help-member =
    <b>Wat kinst dwaan?</b> (lid fan { $coalitions })
    /zoek – fyn in partner, bygelyks <code>/zoek verloskundige venlo</code>
    Of typ <code>@{ $bot } verloskundige</code> yn elk petear om in kontakt te dielen.
    /aanmelden – set dysels yn de list mei partners, of feroarje dyn gegevens
    /inloop – de folgjende ynrin: tiid, keppeling, oanmelde, aginda, oantinkens
    /vraag – in fraach of ûnderwerp foar de ynrin
    /netwerkvraag – freegje dyn kollega's om rie oer dyn wurk (nea oer in kliïnt)
    /acties – dyn aksjes en de aksje-aginda fan dyn koalysje; /actie – stel in aksje foar
    /werkgroepen – de wurkgroepen fan dyn koalysje: meidwaan of ophâlde
    /stand – de stân fan saken
    /feedback – jou dyn miening oer dyn lêste gearkomste
    /kennismaken – meitsje kennis mei in kollega út it oare domein
    /instellingen – oankundigings oan of út, dyn taal
    /privacy – wat ik oer dy bewarje (/mijngegevens, /vergeetmij)
    /start – wolkom en dyn koalysjes
    /help – dit oersjoch
help-coordinator =
    <b>As koördinator</b> (fan { $coalitions }) kinst ek:
    /uitnodigen – meitsje in útnoegingskeppeling foar nije leden
    /partners – behear de partnerlist: oanmeldingen goedkarre, ymportearje (stjoer in .csv-bestân), eksportearje
    /inloop_instellen – de ynrin planne, feroarje, skoftsje of in wike oerslaan
    /koppel – typ dit yn in groep om de oantinkens dêr te pleatsen
    /evenement – feedbackkeppeling en QR-koade foar in gearkomste
    /rapport – feedbackrapport, trend en CSV
    /omroep – in oankundiging stjoere nei dyn koalysje
    /werkgroepen nieuw Namme: doel – begjin in wurkgroep; /acties ritme – wannear't eigeners frege wurde hoe't it giet; /stand pdf – de stân fan saken foar de stjoergroep
help-admin =
    <b>As behearder</b> hast alle rjochten yn elke koalysje.
    Op de server: <code>python -m bot coalition add</code> en <code>python -m bot invite</code>.
    /status – hoe't it mei de bot giet.

## /uitnodigen
invite-not-allowed = Allinne in koördinator kin útnoegings meitsje.
invite-private-only = Meitsje útnoegings yn in priveepetear mei my, net yn in groep.
invite-no-coalitions = Der binne noch gjin koalysjes. Meitsje der earst ien mei <code>python -m bot coalition add</code>.
invite-choose-coalition = Foar hokker koalysje wolsto in útnoeging meitsje?
invite-created =
    Útnoeging foar <b>{ $coalition }</b> (as { $role }):
    { $link }

    De keppeling wurket { $days } dagen en { $uses } kear. Stjoer him troch nei de professionals dy'tsto útnoegje wolst.

## General
error-generic = Sorry, der gie wat mis. Besykje it letter nochris. Giet it wer mis? Lit it dyn koördinator witte.
flood-notice = Rêstich oan: do stjoerst in protte berjochten efter inoar. Ik reagearje in minút net op dy. Besykje it dêrnei gewoan wer.
button-stale = Dizze knop wurket net mear. Typ it kommando op 'e nij.

## Command menu
cmd-start = Wolkom en dyn koalysjes
cmd-search = Sykje in partner: rol, gemeente of namme
cmd-help = Wat kin ik foar dy dwaan?
cmd-invite = Útnoegingskeppeling meitsje

## Partner spreadsheets (CSV)
field-name = namme
field-organisation = organisaasje
field-role = rol
field-municipality = gemeente
field-neighbourhood = wyk
field-phone = telefoannûmer
field-email = e-mailadres
field-website = webside
field-keywords = trefwurden
field-experience = ûnderfining
field-external_id = id
csv-problem-missing = rige { $row }: { $field } ûntbrekt
csv-problem-too-long = rige { $row }: { $field } is te lang
csv-problem-phone = rige { $row }: it telefoannûmer klopt net
csv-problem-email = rige { $row }: it e-mailadres klopt net
csv-problem-website = rige { $row }: de webside klopt net
csv-problem-no-contact = rige { $row }: der is gjin telefoannûmer en gjin e-mailadres
csv-problem-bsn = rige { $row }: { $field } liket in BSN te befetsjen; dat mei net yn de bot
csv-problem-duplicate-id = rige { $row }: dizze id stiet al earder yn it bestân
csv-file-too-large = It bestân is te grut. It mei op syn heechst { $detail } MB wêze.
csv-file-not-text = Dit bestân kin ik net lêze. Bewarje dyn rekkenblêd as CSV en stjoer it op 'e nij.
csv-file-empty = It bestân is leech. De earste rige moat de kolomnammen hawwe, dêrnei ien rige per partner.
csv-file-missing-columns = Dizze kolommen ûntbrekke: { $detail }. Set de kolomnammen yn de earste rige.
csv-file-too-many-rows = It bestân hat te folle rigen. Der meie op syn heechst { $detail } partners yn.
import-summary = { $new } nij, { $changed } feroare, { $unchanged } net feroare, { $errors } rigen mei flaters

## /zoek
search-not-member = Sykje kin allinne ast lid bist fan in koalysje. Freegje dyn koördinator om in útnoegingskeppeling.
search-private-only = Kontaktgegevens diel ik allinne yn in priveepetear. Stjoer my dêr /zoek.
search-too-long = Dyn sykfraach is te lang. Brûk in pear wurden, bygelyks: /zoek verloskundige venlo
search-results = <b>{ $count } fûn</b> foar “{ $query }” · side { $page } fan { $pages }
search-many = Ik lit allinne de earste { $count } sjen. Meitsje dyn sykfraach krekter, bygelyks mei in rol of gemeente.
search-none = Ik fûn gjinien foar “{ $query }”.
search-did-you-mean = Bedoelst do <b>{ $suggestion }</b>?
search-try-guided = Do kinst ek stap foar stap sykje.
search-expired = Dizze syksdracht is ferrûn. Sykje op 'e nij mei /zoek.
search-gone = Dizze fermelding is der net mear.
search-no-phone = Fan dizze partner haw ik gjin telefoannûmer.
guided-choose-role = Hokker rol sykjest?
guided-choose-municipality = Yn hokker gemeente sykjest in { $role }?
guided-empty = Der steane noch gjin partners yn dyn koalysje. Dyn koördinator kin se tafoegje.
button-guided = 🔎 Stap foar stap sykje
button-did-you-mean = Sykje “{ $suggestion }”
button-previous = ‹ Foarige
button-next = Folgjende ›
button-contact = 📇 { $number }
button-all-municipalities = Alle gemeenten
inline-join = Wurd lid om partners te sykjen

## /partners and CSV upload (coordinators)
partners-private-only = It partnerbehear dochst yn in priveepetear mei my.
partners-not-allowed = Allinne in koördinator kin de partnergids beheare.
partners-overview =
    <b>Partnergids { $coalition }</b>
    { $listed } fermeld · { $pending } wachtsje op goedkarring · { $hidden } ferburgen
    { $stale } fermeldingen binne 12 moanne net kontrolearre.

    Ymportearje of bywurkje: stjoer my dyn rekkenblêd as CSV-bestân.
    In fermelding bewurkje of ferbergje: <code>/partners namme</code>
button-review = Oanmeldingen beoardielje ({ $count })
button-export = CSV eksportearje
button-check-stale = Kontrolearje ({ $count })
partners-none-pending = Der binne gjin oanmeldingen dy't wachtsje.
partners-none-stale = Alle fermeldingen binne it ôfrûne jier kontrolearre.
partners-stale-item = Net kontrolearre sûnt { $date }:
button-still-current = ✅ Klopt noch
button-hide = 🙈 Ferbergje
button-show = 👁 Wer sjen litte
partners-checked = Kontrolearre. Tank dy!
partners-hidden = Ferburgen. Gjinien fynt dizze fermelding no noch.
partners-shown = Dizze fermelding is wer te finen.
partners-export-caption = Partnergids { $coalition }: { $count } fermeldingen.
partners-lookup-none = Ik fûn gjin fermelding mei “{ $query }” yn de namme, organisaasje of gemeente.
partners-lookup-many = Der binne mear as { $count } fermeldingen fûn. Ik lit de earste { $count } sjen; typ mear fan de namme om te kiezen.
partners-status-listed = 👁 Fermeld
partners-status-pending = ⏳ Wachtet op goedkarring
partners-status-hidden = 🙈 Ferburgen
partners-status-rejected = ❌ Ôfwiisd
button-edit = ✏️ Bewurkje
edit-choose-field = Wat wolsto feroarje by <b>{ $name }</b>?
edit-ask-value =
    Stjoer it nije { $field }. No: { $current }
    Leechmeitsje: stjoer in streepke (-). Stopje: /annuleren
edit-saved = Bewarre.
edit-bad-value = Dit klopt net as { $field }. Besykje it nochris, of stopje mei /annuleren.
edit-no-contact = Der moat in telefoannûmer of e-mailadres bliuwe. Stjoer wat oars, of stopje mei /annuleren.
edit-cancelled = Stoppe. Der is neat feroare.
import-not-csv = Stjoer in CSV-bestân (bygelyks út Excel: Bewarje as → CSV).
import-choose-coalition = Foar hokker koalysje is dit bestân?
import-preview =
    <b>Foarbyld fan de ymport foar { $coalition }</b>
    { $summary }
import-problems = Dizze rigen hawwe flaters:
import-consent = Troch te ymportearjen befêstigest dat dizze professionals it der mei iens binne dat se yn de gids steane.
import-fix-or-partial = Ferbetterje it bestân en stjoer it op 'e nij, of ymportearje allinne de goede rigen.
button-import = Ymportearje
button-import-valid = Allinne goede rigen ymportearje
button-cancel = Annulearje
import-done =
    <b>Ymport klear foar { $coalition }</b>
    { $summary }
import-cancelled = Ymport annulearre. Der is neat feroare.
import-expired = Dizze ymport is ferrûn. Stjoer it bestân op 'e nij.
import-nothing-valid = Gjin inkelde rige is goed. Der is neat ymportearre.
button-approve = Goedkarre
button-reject = Ôfwize
review-already-done = Dizze oanmelding is al beoardiele.
review-approved = ✅ Goedkard. Dizze partner is no te finen.
review-ask-reason = Wêrom wiisto dizze oanmelding ôf? Typ in koarte reden; de oanmelder sjocht dy. Gjin reden? Stjoer /overslaan. Dochs net ôfwize? Stjoer /annuleren.
review-reason-too-long = De reden is te lang. Brûk op syn heechst { $limit } tekens.
review-rejected = ❌ Ôfwiisd. De oanmelder kriget berjocht.
review-cancelled = Okee, de oanmelding wachtet noch op dyn beoardieling.
register-approved = Goed nijs: dyn fermelding stiet no yn de partnergids fan <b>{ $coalition }</b>. Kollega's kinne dy fine mei /zoek.
register-rejected = Dyn oanmelding foar de partnergids fan <b>{ $coalition }</b> is net goedkard. Reden: { $reason }. Fragen? Nim kontakt op mei dyn koördinator.
cmd-register = Set dysels yn de partnergids
cmd-partners = Partnergids beheare
cmd-cancel = Stopje mei watsto oan it dwaan bist

## /aanmelden
register-private-only = Oanmelde dochst yn in priveepetear mei my.
register-not-member = Oanmelde foar de partnergids kin ast lid bist fan in koalysje. Freegje dyn koördinator om in útnoegingskeppeling.
register-choose-coalition = Yn de partnergids fan hokker koalysje wolsto stean?
register-intro =
    Sa komst yn de partnergids. Ik stel dy sân koarte fragen. Stopje kin altyd mei /annuleren.
    Allinne leden fan de koalysje sjogge dyn gegevens, en pas as de koördinator dyn oanmelding goedkard hat.
register-editing = Do stiest al yn de gids. Wy rinne dyn gegevens tegearre troch; tik op “Sa litte” om wat net te feroarjen.
register-ask-name = 1/7 Wat is dyn namme?
register-ask-organisation = 2/7 By hokker organisaasje wurkest? Selsstannich? Typ dan de namme fan dyn praktyk.
register-ask-role = 3/7 Wat is dyn rol? Kies of typ him.
register-ask-municipality = 4/7 Yn hokker gemeente wurkest? Kies of typ him.
register-ask-contact = 5/7 Hoe kinne kollega's dy berikke? Typ dyn telefoannûmer en/of e-mailadres.
register-ask-experience = 6/7 Mei hokker metoaden of ûnderwerpen hast ûnderfining? Bygelyks: Centering Pregnancy, Samen Starten, skulden yn de swierens. Set komma's dertusken. Kollega's fine dy dan mei /zoek. Neat te neamen? Tik op Oerslaan.
button-skip-step = Oerslaan
register-current = No: { $value }
register-bad-text = Dat is te lang of leech. Besykje it nochris (op syn heechst { $limit } tekens).
register-bad-contact = Ik fûn gjin jildich telefoannûmer of e-mailadres. Bygelyks: 06 12345678 of namme@praktyk.nl
register-bsn = Dit liket in BSN. Set gjin gegevens fan kliïnten yn de bot. Besykje it nochris.
register-confirm =
    7/7 Sa komst yn de gids:

    { $card }

    Joust do tastimming dat leden fan { $coalition } dizze gegevens sjogge en brûke om dy te berikken? Do kinst se letter feroarje mei /aanmelden.
button-consent-yes = Ja, set my yn de gids
button-consent-no = Nee
button-keep = Sa litte
register-done = Tank dy! Dyn oanmelding wachtet no op goedkarring troch de koördinator. Do krijst berjocht.
register-cancelled = Stoppe. Der is neat bewarre.
register-new-for-coordinator = Nije oanmelding foar de partnergids fan <b>{ $coalition }</b>:

## Inloop (drop-in)
cmd-dropin = De folgjende ynrin: tiid, keppeling, oanmelde
cmd-question = In fraach of ûnderwerp foar de ynrin
cmd-dropin-setup = Ynrin planne, feroarje of oerslaan
cmd-link = Dizze groep keppelje oan dyn koalysje
dropin-kind-teams = Teams
dropin-kind-zoom = Zoom
dropin-kind-jitsi = Jitsi
dropin-kind-whereby = Whereby
dropin-kind-other = Fideopetear
dropin-when = { $date }, { $start }–{ $end } oere
dropin-in-minutes = begjint oer { $minutes } minuten
dropin-in-hours = begjint oer { $hours } oere
dropin-tomorrow = is moarn
dropin-in-days = is oer { $days } dagen
dropin-reminder =
    📅 <b>{ $title }</b> { $relative }
    🕐 { $when }
    🔗 { $kind }: { $link }
dropin-moved-note = Tink derom: dizze kear op in oare dei of tiid as oars.
dropin-questions-header = <b>Fragen en ûnderwerpen:</b>
dropin-no-questions = Noch gjin fragen. Stjoer der ien mei /vraag.
dropin-skip-notice =
    ⏸ <b>{ $title }</b> giet { $date } net troch.{ $reason }
    De folgjende ynrin is { $next }.
dropin-reason = { " " }Reden: { $reason }.
button-rsvp = ✋ Ik doch mei ({ $count })
button-calendar = 📅 Set yn aginda
dropin-group-not-linked = Dizze groep is noch net keppele oan in koalysje. In koördinator dy't behearder fan de groep is, typt hjir /koppel.
dropin-not-member = De ynrin is foar leden fan in koalysje. Freegje dyn koördinator om in útnoegingskeppeling.
dropin-none = Der is noch gjin ynrin pland foar { $coalition }.
dropin-none-coordinator = Der is noch gjin ynrin pland foar { $coalition }. Plan him mei /inloop_instellen.
dropin-paused = De ynrin fan { $coalition } is skoft.
dropin-next =
    <b>{ $title }</b> ({ $coalition })
    🕐 { $when }
    🔗 { $kind }: { $link }
    { $rsvp }
dropin-skipped-first = Tink derom: { $date } giet de ynrin net troch.{ $reason }
dropin-you-join = ✅ Do dochst mei. Der dogge { $count } minsken mei.
dropin-you-not = Der dogge { $count } minsken mei. Do noch net.
button-rsvp-join = ✋ Ik doch mei
button-rsvp-leave = ↩️ Dochs net
button-reminders-turn-on = 🔔 Oantinkens oansette
button-reminders-turn-off = 🔕 Oantinkens útsette
dropin-reminders-on = Do krijst no in oantinken yn dit petear, 24 oere en 15 minuten fan tefoaren (sa't de koördinator it ynstelt).
dropin-reminders-off = Do krijst gjin persoanlike oantinkens mear foar de ynrin.
dropin-reminders-state-on = 🔔 Do krijst persoanlike oantinkens.
dropin-reminders-state-off = 🔕 Do krijst gjin persoanlike oantinkens.
dropin-rsvp-yes = Moai, do dochst mei!
dropin-rsvp-no = Do dochst net mear mei.
dropin-over = Dizze ynrin is al foarby.
dropin-members-only = Allinne leden fan de koalysje kinne har oanmelde. Freegje dyn koördinator om in útnoegingskeppeling.
dropin-ics-sent = It agindabestân stiet yn dyn priveepetear mei my.
dropin-ics-start-first = Begjin earst in petear mei my, dan stjoer ik it agindabestân.
dropin-ics-caption = Iepenje dit bestân om de ynrin yn dyn aginda te setten.
button-remove-question = 🗑 Fraach { $number } fuorthelje
question-usage = Typ dyn fraach efter it kommando, bygelyks: <code>/vraag Hoe ferwiis ik nei skuldhelp?</code>
question-empty = Ik sjoch gjin fraach. Typ dyn fraach yn wurden efter /vraag.
question-too-long = Dyn fraach is te lang: maksimaal { $max } tekens. Meitsje him wat koarter.
question-bsn = Dit liket op in burgerservicenûmer. Set nea gegevens fan kliïnten yn in fraach. Ik haw neat bewarre.
question-details = Dyn fraach neamt { $words }. Lit fuort wat nei in kliïnt wize kin en stel dyn fraach op 'e nij mei /vraag. Ik haw neat bewarre.
question-added = Tank dy! Dyn fraach stiet op de list foar de ynrin fan { $date }.
question-no-dropin = Der is gjin ynrin pland, dus ik kin dyn fraach nearne by sette.
question-choose-coalition = Foar de ynrin fan hokker koalysje is dyn fraach?
question-removed = De fraach is fuorthelle.
question-gone = Dizze fraach is al fuorthelle.

## /koppel
link-groups-only = /koppel wurket yn in groep. Foegje my ta oan de groep fan dyn koalysje en typ dêr /koppel.
link-not-coordinator = Allinne in koördinator fan de koalysje kin in groep keppelje.
link-not-group-admin = Allinne in behearder fan dizze groep kin him keppelje of loskeppelje.
link-done = Keppele! Oantinkens foar de ynrin fan { $coalition } komme no ek yn dizze groep.
link-already = Dizze groep is keppele oan { $coalition }.
button-unlink = Loskeppelje
link-removed = Dizze groep is net mear keppele oan { $coalition }.
link-choose-coalition = Oan hokker koalysje wolsto dizze groep keppelje?

## /inloop_instellen
setup-private-only = De ynrin stelst yn yn in priveepetear mei my.
setup-not-coordinator = Allinne koördinatoren kinne de ynrin ynstelle.
setup-choose-coalition = Foar hokker koalysje wolsto de ynrin ynstelle?
setup-menu =
    <b>Ynrin fan { $coalition }</b>
    { $summary }

    Wat wolsto dwaan?
setup-summary =
    { $weekday } om { $start } oere, { $duration } minuten ({ $timezone })
    { $title }
    🔗 { $kind }: { $link }
    Oantinkens: { $reminders } fan tefoaren
    Status: { $status }
setup-status-active = aktyf
setup-status-paused = skoft
setup-changes-header = <b>Ienmalige feroarings:</b>
setup-change-skipped = { $date }: giet net troch{ $reason }
setup-change-moved = { $date }: ferset nei { $when }
button-change = ✏️ Feroarje
button-pause = ⏸ Skoftsje
button-resume = ▶️ Wer begjinne
button-skip = ⏭ In wike oerslaan
button-move = 🕐 Ienmalich fersette
button-undo = ↩️ Feroaring weromdraaie
button-stop = Stopje
setup-ask-weekday = Op hokker dei is de ynrin?
setup-bad-weekday = Dy dei ken ik net. Kies in knop of typ in dei, lykas <code>tiisdei</code> of <code>ti</code>.
setup-ask-time = Hoe let begjint de ynrin? Typ de tiid, bygelyks <code>12:30</code>.
setup-bad-time = Dat is gjin tiid dy't ik ken. Typ oeren en minuten, bygelyks <code>12:30</code> of <code>9.00</code>.
setup-ask-duration = Hoe lang duorret de ynrin? Kies in knop of typ it tal minuten.
setup-bad-duration = Typ in doer tusken 5 minuten en 8 oere, bygelyks <code>45</code> of <code>1,5 oere</code>.
setup-ask-link = Stjoer de keppeling fan it fideopetear (Teams, Zoom, Jitsi, Whereby of in oare). Ik brûk allinne keppelings dy't mei https:// begjinne.
setup-link-not-https = Dy keppeling begjint net mei https://. Foar de feilichheid brûk ik allinne https-keppelings. Stjoer de keppeling op 'e nij.
setup-link-malformed = Dat liket gjin goede keppeling. Kopiearje de keppeling út dyn aginda of fideoprogramma en stjoer him op 'e nij.
setup-ask-title = Hokker namme kriget de ynrin? Typ in namme of kies de standertnamme.
setup-default-title = Ynrin Kansrike Start
setup-bad-title = Typ in namme fan 1 oant { $max } tekens.
setup-ask-reminders = Wannear stjoer ik in oantinken? Kies de standert of typ sels, bygelyks <code>24h,15m</code> of <code>1 dei, 30 min</code>.
button-default-reminders = 24 oere en 15 minuten fan tefoaren
setup-bad-reminders = Dat begryp ik net. Typ bygelyks <code>24h,15m</code> of <code>1d, 30m</code>: op syn heechst 4 oantinkens, oant in wike fan tefoaren.
setup-confirm =
    Klopt dit?
    { $summary }
button-save = ✅ Bewarje
setup-saved = Bewarre. De folgjende ynrin is { $next }.
setup-cancelled = Stoppe. Der is neat feroare.
setup-paused = De ynrin is skoft. Der geane gjin oantinkens mear út oant do him wer begjinst.
setup-resumed = De ynrin begjint wer. De folgjende is { $next }.
setup-ask-skip-date = Hokker ynrin giet net troch?
setup-ask-skip-reason = Wolsto in reden jaan? Typ dy, of kies "Gjin reden".
button-no-reason = Gjin reden
setup-skipped = { $date } giet net troch. Wa't oantinkens kriget, heart dat op tiid.
setup-date-past = Dy ynrin is al begûn of foarby. Kies in datum yn de takomst.
setup-ask-move-date = Hokker ynrin wolsto fersette?
setup-ask-move-to = Nei wannear? Typ dei en tiid, bygelyks <code>to 14:00</code> of <code>3-12 15:00</code>. Allinne in tiid fersettet him op deselde dei.
setup-bad-move = Dat kin net: de nije tiid moat yn de takomst lizze en op syn heechst { $days } dagen fan de gewoane datum. Typ bygelyks <code>to 14:00</code>.
setup-moved = De ynrin fan { $date } is ferset nei { $when }.
setup-ask-undo = Hokker feroaring wolsto weromdraaie?
setup-undone = De feroaring foar { $date } is weromdraaid.
setup-reason-too-long = Hâld de reden koart: op syn heechst { $max } tekens.

## Feedback
feedback-comment-empty = Ik sjoch gjin wurden yn dyn opmerking. Typ in sin, of kies Oerslaan.
feedback-comment-too-long = Dyn opmerking is te lang: maksimaal { $max } tekens. Meitsje him koarter.
feedback-comment-bsn = Dyn opmerking liket in burgerservicenûmer te befetsjen. Lit persoansgegevens fuort en stjoer him op 'e nij. Ik haw neat bewarre.
feedback-comment-details = Dyn opmerking neamt { $words }. In opmerking oer de gearkomste hat gjin nammen, adressen, leeftiden of nûmers nedich: lit se fuort en stjoer him op 'e nij. Ik haw neat bewarre.
feedback-default-question = Hoe weardefol wie dizze gearkomste?
feedback-ask =
    💬 <b>{ $title }</b> ({ $date })
    { $question }
    Tik op in sifer: 1 = net folle, 5 = hiel weardefol. Dyn antwurd is anonym.
feedback-group-prompt =
    💬 Hoe wie <b>{ $title }</b>? Jou dyn miening yn in pear sekonden, anonym, yn in priveepetear mei my.
button-give-feedback = Jou feedback
feedback-thanks-rating = Tank dy! Do joech in { $rating } fan 5. Wolsto der ien sin by sizze? Typ him hjir (op syn heechst { $max } tekens), of kies Oerslaan. Do kinst dyn sifer noch feroarje oant de rûnte slút.
button-skip-comment = Oerslaan
feedback-thanks = Tige tank! Dyn feedback helpt de folgjende gearkomste better te meitsjen.
feedback-closed = Dizze feedbackrûnte is sluten. Tank foar dyn muoite!
feedback-unknown = Dizze feedbackkeppeling ken ik net. Sjoch oft do him hielendal goed oernommen hast.
feedback-none-open = Der stiet no gjin feedbackrûnte foar dy iepen.
cmd-feedback = Feedback jaan op dyn lêste gearkomste
cmd-event = Feedbackkeppeling en QR-koade foar in gearkomste
cmd-report = Feedbackrapport en eksport
event-private-only = In evenemint meitsjest yn in priveepetear mei my.
event-not-coordinator = Allinne koördinatoren kinne in evenemint meitsje.
event-choose-coalition = Foar hokker koalysje is de gearkomste?
event-ask-title = Hoe hjit de gearkomste? Bygelyks <code>Regiodei Kansrike Start</code>.
event-bad-title = Typ in namme fan 1 oant { $max } tekens.
event-ask-date = Op hokker datum is de gearkomste? Typ bygelyks <code>hjoed</code> of <code>26-11-2026</code>.
event-bad-date = Dy datum begryp ik net, of hy leit mear as in moanne werom. Typ bygelyks <code>hjoed</code> of <code>26-11-2026</code>.
event-created =
    ✅ Feedback foar <b>{ $title }</b> ({ $date }) stiet iepen oant { $closes }.
    Keppeling: { $link }
    Set de QR-koade hjirûnder op it skerm oan de ein fan de gearkomste.
event-qr-caption = Scan my en jou dyn miening oer { $title } (anonym, 10 sekonden).
report-private-only = It rapport stjoer ik allinne yn in priveepetear. Stjoer my dêr /rapport.
report-not-coordinator = Allinne koördinatoren kinne it feedbackrapport sjen.
report-choose-coalition = Fan hokker koalysje wolsto it rapport sjen?
report-header = 📊 <b>Feedback fan { $coalition }</b>
report-none = Der is noch gjin feedback jûn.
report-dropins-header = <b>Lêste { $count } ynrinnen</b>: { $responses } antwurden, gemiddeld { $average }
report-events-header = <b>Eveneminten</b>
report-session = <b>{ $title }</b> – { $date }: { $responses } antwurden{ $rate }, gemiddeld { $average }
report-rate = { " " }({ $percent }% fan { $invited } oanmeldingen)
report-too-few = (te min antwurden om de ferdieling en de opmerkings sjen te litten)
report-comments = Opmerkings:
button-trend = 📈 Trend as plaatsje
button-csv = 📄 CSV-bestân
report-trend-caption = Gemiddelde wurdearring fan de lêste ynrinnen fan { $coalition }.
report-trend-empty = Der binne noch gjin ynrinnen mei feedback om in trend fan te meitsjen.
report-csv-caption = Alle feedback fan { $coalition }, sûnder nammen of brûkers.

## Aankondigingen (/omroep)
cmd-broadcast = Oankundiging stjoere nei dyn koalysje
cmd-settings = Oankundigings oan of út, dyn taal
announce-private-only = In oankundiging meitsjest yn in priveepetear mei my.
announce-not-coordinator = Allinne koördinatoren kinne in oankundiging stjoere.
announce-choose-coalition = Nei hokker koalysje giet de oankundiging?
button-all-coalitions = Alle koalysjes
announce-ask-text = Stjoer de tekst fan dyn oankundiging. Fet, skean en keppelings bliuwe bewarre. Do meist ek in foto of dokumint mei in byskrift stjoere. Stopje kin mei /annuleren.
announce-empty = Ik sjoch gjin tekst. Stjoer de oankundiging yn wurden, of in foto of dokumint mei byskrift.
announce-too-long = Dyn tekst is te lang: { $length } tekens. Ik kin op syn heechst { $parts } berjochten fan { $max } tekens stjoere, splitst tusken alinea's. Meitsje him koarter.
announce-caption-too-long = It byskrift by in foto of dokumint mei op syn heechst { $max } tekens wêze; dines is { $length }. Meitsje it koarter, of stjoer de tekst sûnder bylage.
announce-ask-audience = Foar wa is de oankundiging?
button-audience-all = Elkenien
button-audience-coordinators = Allinne koördinatoren
button-audience-role = Per rol
button-audience-place = Per gemeente
announce-ask-role = Hokker rol? (Leden mei in fermelding yn de partnergids mei dy rol.)
announce-ask-place = Hokker gemeente? (Leden mei in fermelding yn de partnergids yn dy gemeente.)
announce-no-listings = Gjin inkeld lid hat in eigen fermelding yn de partnergids, dus ik kin net op rol of gemeente kieze. Kies in oare groep.
announce-ask-groups = Ek pleatse yn de keppele groepen ({ $count })?
button-yes = Ja
button-no = Nee
announce-preview-header = 👀 <b>Foarbyld</b>: sa sjocht elkenien dyn oankundiging.
announce-preview-failed = Telegram wegeret de opmaak fan dyn tekst: { $error }. Der is neat ferstjoerd. Stjoer /omroep op 'e nij en pas de tekst oan.
announce-confirm = Dit giet nei { $people } minsken{ $groups } (dy net: do sjochst it foarbyld hjirboppe). Ferstjoere?
announce-confirm-groups = { " " }en { $groups } groepen
button-send = 📣 Ferstjoere
announce-cancelled = De oankundiging is annulearre. Der is neat ferstjoerd.
announce-already = Dizze oankundiging is al ferstjoerd of annulearre.
announce-not-yours = Allinne wa't de oankundiging makke, kin him ferstjoere of stopje.
announce-progress =
    📣 <b>Oankundiging wurdt ferstjoerd</b>
    { $bar }
    Besoarge: { $sent } · wachtet: { $waiting } · net te berikken: { $unreachable } · mislearre: { $failed }
button-stop-sending = ⏹ Stopje
announce-stopping = Stoppe. Wat noch net ferstjoerd wie, bliuwt net ferstjoerd.
announce-report =
    { $title }
    Besoarge: { $sent } fan { $total }
    Net te berikken: { $unreachable }{ $names }
    Mislearre: { $failed }
    Net ferstjoerd (stoppe): { $stopped }
announce-title-done = ✅ <b>Oankundiging ferstjoerd</b>
announce-title-stopped = ⏹ <b>Oankundiging stoppe</b>
button-mute = 🔕 Gjin oankundigings mear
announce-muted = Do krijst gjin oankundigings mear. Set se wer oan mei /instellingen.
settings-text =
    <b>Ynstellings</b>
    { $announcements }
    { $network }
    🌐 Taal: { $current }. Kies hjirûnder in oare taal.
    Oantinkens foar de ynrin setsto oan of út by /inloop.
settings-language-saved = Dyn taal is bewarre.
language-name = Frysk
settings-announcements-on = 📣 Do krijst oankundigings fan dyn koalysje.
settings-announcements-off = 🔕 Do krijst gjin oankundigings.
button-announcements-on = 📣 Oankundigings oansette
button-announcements-off = 🔕 Oankundigings útsette

## Privacy
cmd-privacy = Wat ik bewarje, wêrom en hoe lang
cmd-mydata = Alles wat ik oer dy bewarje
cmd-forgetme = Smyt alles oer dy fuort
privacy-text =
    <b>Privacy</b>
    Ik bewarje allinne wat nedich is om professionals inoar fine te litten:
    • dyn foarnamme en taal út Telegram, de taal dy'tsto sels kiest, en by hokker koalysjes do hearst (as lid of koördinator);
    • dyn eigen fermelding yn de partnergids, ast dy oanmeldst: dy sjogge allinne leden fan dyn koalysje, en pas as in koördinator him goedkard hat;
    • ofsto meidochst mei kennismeitsjen (hoe faak, dyn domein en gemeente), mei wa't ik dy keppele en dyn antwurden dêrop;
    • dyn karren foar de ynrin (oantinkens, "Ik doch mei", dyn fragen) en foar oankundigings;
    • hokker oantinkens en oankundigings ik dy stjoerde, sadatsto neat dûbel krijst.
    • dyn netwurkfragen en dyn antwurden op dy fan oaren (allinne de freger sjocht dyn antwurd), en wa't se krige: { $network } dagen nei de fraach smyt ik se fuort.
    Feedback is anonym: ik bewarje dyn sifer en opmerking sûnder wa'tsto bist.
    Ik bewarje nea gegevens oer âlders of kliïnten: in tekst mei in burgerservicenûmer wegerje ik.
    Dyn gegevens bliuwe oant do se fuortsmytst. Sjoch alles mei /mijngegevens, smyt alles fuort mei /vergeetmij. In fermelding dy't in koördinator foar dy ymportearre, hellet dy koördinator fuort.
    Wat ik net mear nedich haw, rêd ik alle dagen op: in eigen oanmelding dy't gjinien goedkarde nei { $registrations } dagen, ferrûne útnoegings nei { $invites } dagen, wa't in oankundiging krige nei { $deliveries } dagen (de oantallen bliuwe), oanmeldingen foar in ynrin nei { $rsvps } dagen, opmerkings by feedback { $comments } dagen nei de gearkomste (dyn koalysje kin dat oars ynstelle). Wat in koördinator feroare (wa, wat en wannear: goedkarringen, wizigings, ymports, ynrin, oankundigings) bewarje ik { $audit } dagen.
mydata-text =
    <b>Wat ik oer dy bewarje</b>
    Namme: { $name }
    Taal: { $preferred }
    Koalysjes: { $memberships }
    Eigen fermelding yn de partnergids: { $listings }
    Oantinkens foar de ynrin: { $reminders }
    Oanmeldingen foar in ynrin: { $rsvps }
    Fragen foar de ynrin: { $questions }
    Oankundigings: { $announcements }
    Kennismeitsje: { $introductions }
    Kennismakkingen: { $history }
    Netwurkfragen: { $network_questions }
    Dyn antwurden op netwurkfragen: { $network_answers }
    Dyn aksjes: { $actions }
    Wat do by aksjes skreaust: { $action_updates }
    Netwurkfragen krije: { $network }
    Feedback is anonym en stiet hjir dus net.
mydata-none = gjin
mydata-language-chosen = { $current } (dyn eigen kar)
mydata-language-auto = { $current } (net sels keazen; dyn Telegram-app stiet op: { $telegram })
mydata-on = oan
mydata-off = út
forget-confirm = Witsto it wis? Ik smyt dyn lidmaatskippen, dyn eigen fermelding yn de partnergids, dyn karren en fragen foar de ynrin, dyn netwurkfragen en antwurden en alles wat ik dy stjoerde fuort. Dit kin net ûngedien makke wurde. Dyn anonime feedback bliuwt, want dy is net oan dy te keppeljen.
button-forget-yes = Ja, smyt alles fuort
forget-done = Klear: alles oer dy is fuorthelle. Wolsto letter wer meidwaan? Freegje dyn koördinator om in nije útnoegingskeppeling.
forget-cancelled = Der is neat fuorthelle.

## Kennismaken (/kennismaken)
cmd-meet = Kennismeitsje mei in kollega út it oare domein
intro-private-only = Kennismeitsje regelest yn in priveepetear mei my. Stjoer my /kennismaken.
intro-not-member = Kennismeitsje is foar leden fan in koalysje. Freegje dyn koördinator om in útnoegingskeppeling.
intro-choose = Foar hokker koalysje?
intro-card-header = ☕ <b>Kennismeitsje yn { $coalition }</b>
intro-explain = Om de pear wiken keppelje ik dy oan in kollega út it oare domein (medysk of sosjaal), it leafst yn dyn eigen gemeente. Jimme prate 20 minuten: skilje, fideoskilje of kofje. Sa witte jimme inoar te finen as it nedich is.
intro-status-out = Do dochst noch net mei. Kies hoe faak do immen kennen leare wolst.
intro-status-in = ✅ Do dochst mei: { $weeks ->
    [1] elke wike.
   *[other] elke { $weeks } wiken.
}
intro-status-paused = ⏸ Do dochst mei (elke { $weeks } wiken), mar do hast skoft oant { $until }.
intro-rounds-on = Rûntes: { $when }. Folgjende rûnte: { $next }.
intro-rounds-off = De koördinator hat de rûntes noch net oanset. Do dochst mei sa gau't se begjinne.
intro-coordinator = Do bist koördinator: { $participants } dielnimmers. Set de rûntes oan of út en kies de dei en it oere.
button-intro-every = { $weeks ->
    [1] Elke wike
   *[other] Elke { $weeks } wiken
}
button-intro-skip = ⏭ Slach de folgjende rûnte oer
button-intro-pause = ⏸ Skoftsje in moanne
button-intro-stop = Stopje
button-intro-rounds-on = ▶️ Rûntes oansette
button-intro-rounds-off = ⏹ Rûntes útsette
button-intro-day = 🗓 Dei en oere
intro-members-only = Allinne leden fan dizze koalysje kinne meidwaan.
intro-coordinators-only = Allinne koördinatoren kinne de rûntes ynstelle.
intro-joined = It is slagge! Do dochst mei.
intro-stopped = Do dochst net mear mei. Do kinst altyd wer begjinne.
intro-skipped = Do slachst de folgjende rûnte oer.
intro-paused = Do hast in moanne skoft.
intro-domain-medical = Medysk
intro-domain-social = Sosjaal
intro-domain-other = Oars
intro-ask-domain = By hokker domein hearst? Dan keppelje ik dy oan immen út it oare domein.
intro-ask-place = Yn hokker gemeente fan { $coalition } wurkest meast?
intro-place-other = Mear as ien of wit ik net
intro-ask-day = Op hokker dei begjint in rûnte?
intro-ask-hour = Hoe let op { $day }?
intro-rounds-saved = Bewarre.
intro-text =
    ☕ <b>Kennismeitsje</b>
    Dizze kear keppelje ik dy oan:

    { $people }

    Plan dizze wike in petear fan 20 minuten: skilje, fideoskilje of kofje. In foarstel: { $slot }.
    Lit mei de knoppen witte oft it slagget. { $count ->
        [1] Slagget it net? Gjin probleem, dan krijst de folgjende kear immen oars.
       *[other] Jimme binne dizze kear mei jimme trijen. Slagget it net? Gjin probleem.
    }
intro-write-to = Stjoer { $name } in berjocht: tik op de namme.
intro-unlisted = <b>{ $name }</b> · { $domain } domein · { $place }
    (noch net yn de partnergids; tik op de namme om in berjocht te stjoeren)
button-intro-planned = Pland 👍
button-intro-not-now = Slagget dizze kear net
intro-not-yours = Dizze knop heart by in kennismakking fan immen oars.
intro-planned-thanks = Moai! In soad wille mei jimme petear.
intro-not-now-thanks = Gjin probleem. Yn de folgjende rûnte krijst immen oars.
intro-other-not-now = ☕ { $name } kin dizze kear net ôfprate. Gjin probleem: yn de folgjende rûnte krijst immen oars.
intro-lost-pair = ☕ { $names } is no net te berikken fia de bot. Spitich! Ik sykje immen oars foar dy: noch dizze rûnte as it slagget, oars krijst yn de folgjende rûnte as earste in nije kollega.
intro-lost-group = ☕ { $names } is no net te berikken fia de bot. Jimme kennismakking giet gewoan troch mei jimme twaen.
intro-ics-title = Kennismeitsje mei { $names }
intro-ics-caption = In foarstel foar jimme petear. Praat tegearre in oar momint ôf as dat better past.
intro-check-back = ☕ Ferline wike keppele ik dy oan { $names }. Hawwe jimme inoar sprutsen?
button-met-yes = Ja
button-met-no = Nee
button-met-not_yet = Noch net
intro-met-thanks-yes = Moai! Tank datsto it witte litst.
intro-met-thanks-no = Tank datsto it witte litst. Miskien slagget it in folgjende kear.
intro-met-thanks-not_yet = Tank dy. It petear kin ek noch letter.
button-settings-meet = ☕ Kennismeitsje
mydata-intro-none = docht net mei
mydata-intro-in = { $coalition }: { $weeks ->
    [1] elke wike
   *[other] elke { $weeks } wiken
}
mydata-intro-history = { $date } mei { $names }
report-intro-header = <b>Kennismeitsje</b>: { $rounds } rûntes, { $introductions } kennismakkingen, { $cross }% tusken medysk en sosjaal domein, { $met }% hat inoar sprutsen ({ $answered } joegen antwurd)
report-intro-place = { $place }: { $introductions } kennismakkingen, { $cross }% tusken de domeinen, { $met }% sprutsen
report-intro-none = <b>Kennismeitsje</b>: noch gjin rûntes.
button-intro-trend = ☕ Kennismeitsje as plaatsje
report-intro-trend-caption = Diel fan de kennismakkingen per rûnte dat inoar spruts, { $coalition }.
report-intro-trend-empty = Der binne noch gjin rûntes om in plaatsje fan te meitsjen.
report-place-unknown = Mear as ien of ûnbekende gemeenten
report-coverage-header = <b>Wêr't it netwurk tin is</b> (gjin fermelde partner yn in rol dy't elke gemeente nedich hat):
report-coverage-place = { $place }: gjin { $roles }
report-coverage-full = <b>Dekking</b>: elke gemeente hat in fermelde partner yn elke rol dy't nedich is.
chart-average = gemiddeld (1-5)
chart-answers = antwurden
chart-met = sprutsen (%)
chart-introductions = kennismakkingen

## Eén herinnering voor feedback
feedback-reminder =
    🔔 Noch efkes dit, allinne ast wolst:
    { $ask }
report-reminder = { " " }Nei it oantinken: { $before }% → { $after }% antwurde.

## Status (/status, voor beheerders)
cmd-status = Hoe't it mei de bot giet
status-admins-only = /status is foar de behearders fan de bot.
status-text =
    <b>Status</b>
    Ferzje: { $version }
    Rint sûnt: { $uptime }
    Modus: { $mode }
    Database: { $size } MiB
    Koalysjes: { $coalitions }, leden: { $members }, fermeldingen: { $listings }
    Noch te ferstjoeren: { $pending }
    Folgjende oantinkens: { $next }
    429-antwurden yn it ôfrûne oere: { $refusals }
    Lêste antwurd fan de Bot API: { $answer }
    Lêste ûnferwachte flater: { $error }
    Langste hapering sûnt de start: { $stall } ms
status-never = nea
status-none = gjin
status-ago = { $time } lyn

## Mini App (de gids as webside yn Telegram)
miniapp-title = Partnergids
miniapp-search-label = Sykje op rol, gemeente of namme
miniapp-search-placeholder = bygelyks: vk venray
miniapp-filter-role = Rol
miniapp-filter-domain = Domein
miniapp-filter-municipality = Gemeente
miniapp-filter-all = Alle
miniapp-results = { $count } fûn
miniapp-results-more = Ik lit de earste { $shown } sjen. Sykje krekter mei in rol of gemeente.
miniapp-none = Ik fûn gjinien. Besykje in oar wurd, of kies minder filters.
miniapp-did-you-mean = Bedoelst do { $suggestion }?
miniapp-card-call = Skilje
miniapp-card-mail = Maile
miniapp-card-website = Webside
miniapp-card-experience = Ûnderfining:
miniapp-card-share = Diele yn in petear
miniapp-card-close = Slute
miniapp-tab-directory = Gids
miniapp-tab-dropin = Ynrin
miniapp-tab-listing = Myn fermelding
miniapp-dropin-none = Der is noch gjin ynrin pland foar { $coalition }.
miniapp-dropin-join = Ik doch mei
miniapp-dropin-leave = Dochs net
miniapp-dropin-count = Der dogge { $count } minsken mei.
miniapp-dropin-joined = Do dochst mei.
miniapp-dropin-calendar = Set yn aginda
miniapp-dropin-calendar-sent = It agindabestân stiet yn dyn petear mei de bot.
miniapp-dropin-open = Nei it petear
miniapp-listing-intro = Sa stiet dyn fermelding yn de gids fan { $coalition }. In koördinator karret elke feroaring earst goed.
miniapp-listing-none = Do stiest noch net yn de gids fan { $coalition }. Folje dyn gegevens yn.
miniapp-listing-status = Status: { $status }
miniapp-listing-consent = Leden fan de koalysje meie dizze gegevens sjen en brûke om my te berikken.
miniapp-listing-consent-needed = Jou earst tastimming: set in finkje yn it fakje.
miniapp-listing-save = Bewarje en goedkarre litte
miniapp-listing-saved = Tank dy! Dyn fermelding wachtet no op goedkarring. Do krijst berjocht yn it petear.
miniapp-listing-problem = Sjoch dit nochris nei: { $field }.
miniapp-error-missing = Iepenje dizze gids fanút Telegram: tik op de knop Gids yn dyn petear mei de bot.
miniapp-error-invalid = Iepenje dizze gids fanút Telegram: tik op de knop Gids yn dyn petear mei de bot.
miniapp-error-expired = De gids hat te lang iepen west. Slút him en iepenje him op 'e nij fanút Telegram.
miniapp-error-stranger = De gids is foar leden fan in koalysje. Freegje dyn koördinator om in útnoegingskeppeling.
miniapp-error-busy = Rêstich oan. Besykje it sa wer.
miniapp-error-generic = Der gie wat mis. Besykje it letter nochris.
miniapp-loading = Efkes lade…
miniapp-menu-button = Gids
miniapp-open-button = 📖 Iepenje de gids
miniapp-field-name = Namme
miniapp-field-organisation = Organisaasje
miniapp-field-role = Rol
miniapp-field-municipality = Gemeente
miniapp-field-phone = Telefoannûmer
miniapp-field-email = E-mailadres
miniapp-tab-coverage = Behear
miniapp-coverage-intro = Fermelde partners per gemeente en rol. In kleure fak mei in útropteken: gjin partner yn in rol dy't elke gemeente nedich hat. Tik op in fak om de partners te sjen.
miniapp-coverage-caption = Dekking fan { $coalition }
miniapp-coverage-cell = { $role } yn { $place }: { $count }
miniapp-coverage-gap = (ûntbrekt)
miniapp-pending-header = Oanmeldingen dy't wachtsje ({ $count })
miniapp-pending-none = Der wachtsje gjin oanmeldingen.
miniapp-approve = Goedkarre
miniapp-reject = Ôfwize
miniapp-reject-reason = Reden fan ôfwizen (de oanmelder sjocht dy; mei leech)
miniapp-coverage-title = Dekking fan it netwurk
miniapp-stale-header = Net kontrolearre yn 12 moanne ({ $count })
miniapp-stale-none = Alle fermeldingen binne it ôfrûne jier kontrolearre.
miniapp-stale-since = Lêst kontrolearre: { $date }
miniapp-still-current = Klopt noch
miniapp-hide = Ferbergje
listing-changed-meanwhile = In oar hat dizze fermelding krekt feroare. Ik haw neat oerskreaun. Dit stiet der no:
import-new-names = Nij: { $names }
import-changed-names = Feroare: { $names }
audit-approve = Oanmelding goedkard: { $subject }
audit-reject = Oanmelding ôfwiisd: { $subject } (reden: { $detail })
audit-hide = Fermelding ferburgen: { $subject }
audit-show = Fermelding wer toand: { $subject }
audit-status = Status fan { $subject } set op: { $detail }
audit-checked = Fermelding kontrolearre: { $subject }
audit-edit = Fermelding feroare: { $subject } ({ $detail })
audit-import = CSV ymportearre: { $detail }
audit-schedule = Ynrin ynsteld: { $subject } { $detail }
audit-dropin-skip = Ynrin fan { $subject } giet net troch
audit-dropin-move = Ynrin fan { $subject } ferset nei { $detail }
audit-dropin-undo = Wiziging fan de ynrin fan { $subject } weromdraaid
audit-announce = Oankundiging ferstjoerd oan { $detail }: { $subject }
miniapp-audit-nobody = fia de kommandorigel
miniapp-audit-someone = in koördinator dy't him ferjitte liet
miniapp-audit-import-counts = { $new } nij, { $changed } feroare, { $unchanged } net feroare
miniapp-audit-paused = (skoft)
miniapp-audit-title = Logboek: wa feroare wat
miniapp-audit-intro = Alles wat koördinatoaren feroarje, yn de chat of hjir. Elke rigel bliuwt { $days } dagen bewarre.
miniapp-audit-none = Der is noch neat feroare.
miniapp-audit-more = Aldere rigels
miniapp-kind-dropin = ynrin
miniapp-kind-event = gearkomste
miniapp-col-date = Datum
miniapp-col-session = Gearkomste
miniapp-col-kind = Soarte
miniapp-col-invited = Oanmeldingen
miniapp-col-answers = Antwurden
miniapp-col-response = Respons (%)
miniapp-col-average = Gemiddeld sifer
miniapp-col-before-reminder = Antwurde foar it oantinken (%)
miniapp-col-after-reminder = Antwurde nei it oantinken (%)
miniapp-col-week = Wike
miniapp-col-joined = Ik doch mei
miniapp-col-round = Rûnte
miniapp-col-introductions = Kennismakkingen
miniapp-col-met = Sprutsen (%)
miniapp-col-municipality = Gemeente
miniapp-col-cross = Tusken domeinen (%)
miniapp-col-announcement = Oankundiging
miniapp-col-recipients = Untfangers
miniapp-col-reached = Berikt
miniapp-col-unreachable = Net te berikken
miniapp-col-failed = Mislearre
miniapp-col-asked = Steld
miniapp-col-answered = Mei antwurd
miniapp-col-solved = Oplost
miniapp-chart-feedback = Gemiddeld sifer per ynrin en gearkomste
miniapp-chart-attendance = "Ik doch mei" per wike
miniapp-chart-rounds = Kennismakkingen dy't sprieken, per rûnte (%)
miniapp-chart-places = Kennismakkingen per gemeente
miniapp-chart-announcements = Oankundigings: berikt
miniapp-chart-network = Netwurkfragen yn 'e wike: steld
miniapp-chart-empty = Noch gjin sifers.
miniapp-chart-summary =
    { $count ->
        [one] 1 rigel
       *[other] { $count } rigels
    }. Heechste: { $high_label } ({ $high }). Leechste: { $low_label } ({ $low }).
miniapp-chart-numbers = De sifers
miniapp-chart-csv = CSV yn dyn chat
miniapp-csv-sent = It CSV-bestân stiet yn dyn chat mei de bot.
miniapp-start-chat-first = Begjin earst in chat mei de bot, dan kin ik dy it bestân stjoere.
miniapp-export-sent = De gids ({ $count } fermeldings) stiet as CSV-bestân yn dyn chat mei de bot.
miniapp-admin-todo = Te dwaan
miniapp-admin-directory = Gids beheare
miniapp-admin-coverage = Dekking
miniapp-admin-reports = Rapportaazje
miniapp-admin-audit = Logboek
miniapp-manage-search-label = Sykje yn alle fermeldings, ek wachtsjende en ferburgen (namme, organisaasje of gemeente)
miniapp-manage-status = Status
miniapp-manage-none = Gjin fermeldings fûn.
miniapp-manage-more = Der binne der mear. Sykje krekter.
miniapp-manage-edit = Feroarje
miniapp-manage-save = Bewarje
miniapp-manage-cancel = Annulearje
miniapp-show = Wer toane
miniapp-field-neighbourhood = Wyk
miniapp-field-website = Webside
miniapp-field-keywords = Trefwurden
miniapp-field-experience = Ûnderfining (metoaden, ûnderwerpen)
card-experience = Ûnderfining: { $experience }
miniapp-import-title = CSV ymportearje
miniapp-import-file = Kies in CSV-bestân (út Excel: Bewarje as → CSV)
miniapp-import-coalition = Foar koalysje
miniapp-import-check = Besjoch wat der feroaret
miniapp-export = Gids as CSV yn dyn chat
miniapp-reports-title = Rapportaazje
miniapp-reports-coalition = Koalysje
miniapp-reports-introductions = Kennismeitsje
miniapp-comments-title = Opmerkings (allinne by 3 antwurden of mear)
miniapp-no-contact = Folje in telefoannûmer of e-mailadres yn.
miniapp-admin-csv = CSV

## Ask the network (/netwerkvraag)
cmd-ask = Freegje dyn kollega's om rie oer dyn wurk
network-private-only = In netwurkfraach stelsto yn in priveepetear mei my.
network-not-member = In netwurkfraach kin asto lid bist fan in koalysje. Freegje dyn koördinator om in útnoegingskeppeling.
network-one-a-day = Do kinst ien netwurkfraach deis stelle. Dyn folgjende fraach kin fan { $date } om { $time } ôf.
network-choose-coalition = Oan de kollega's fan hokker koalysje stelsto dyn fraach?
network-ask-text =
    Typ dyn fraach oan dyn kollega's (op syn heechst { $max } tekens). Freegje wat oer dyn wurk, bygelyks: "Wa hat ûnderfining mei praten oer skulden yn de swierens?"
    Neam nea in kliïnt: gjin namme, adres, bertedatum of leeftyd. Stopje kin mei /annuleren.
network-text-length = Dyn fraach is te koart of te lang: tusken { $min } en { $max } tekens. Besykje it nochris.
network-bsn = Dit liket in BSN. Set gjin gegevens fan kliïnten yn de bot. Ik haw neat bewarre; typ dyn tekst opnij.
network-details-found =
    Ik sjoch wat dat oer in kliïnt gean kin: { $words }.
    Fragen en antwurden geane oer dyn wurk, nea oer in kliïnt. Pas dyn tekst oan en typ him opnij.
network-details-colleague-hint = Is dit de namme fan in kollega? Tik dan hjirûnder.
button-network-colleague = 👤 Dit is in kollega
screen-detail-name = namme
screen-detail-address = adres
screen-detail-postcode = postkoade mei hûsnûmer
screen-detail-birth_date = bertedatum
screen-detail-age = leeftyd
screen-detail-phone = mobyl nûmer
screen-detail-email = e-mailadres
screen-detail-iban = rekkennûmer
network-nobody = Der is yn dizze koalysje noch net ien dy't netwurkfragen krijt. Neat ferstjoerd.
network-ask-audience = Oan wa stelsto dyn fraach? Tusken heakjes sjochsto hoefolle kollega's dat binne.
network-audience-all = 👥 Elkenien yn de koalysje ({ $count })
network-audience-medical = 🩺 Medysk domein ({ $count })
network-audience-social = 🤝 Sosjaal domein ({ $count })
network-audience-municipality = 📍 { $name } ({ $count })
network-audience-method = 🎓 Ûnderfining mei { $name } ({ $count })
network-audience-empty = Dêr is no net ien mear. Kies in oare groep.
network-confirm =
    Dyn fraach:
    { $question }

    Hy giet nei { $count } kollega's. Ferstjoere?
network-confirm-later = Fan harren krije { $later } him letter: se krigen dizze wike al 3 netwurkfragen.
button-network-send = ✅ Ferstjoere
button-network-dont-send = Net ferstjoere
network-sent = Ferstjoerd nei { $count } kollega's. Do sjochst hjir harren antwurden sa gau as se komme. Nei 14 dagen slút dyn fraach fansels.
network-sent-later = { $later } fan harren krije dyn fraach nije wike: se krigen dizze wike al 3 netwurkfragen. Dyn fraach stiet foar harren yn de wachtrige.
network-cancelled = Stoppe. Der is neat ferstjoerd.
network-own-question =
    <b>Dyn iepen netwurkfraach</b>
    { $question }
    Ferstjoerd: { $sent } · yn de wachtrige: { $waiting } · antwurden: { $answers }
button-network-solved = ✅ Oplost
button-network-solved-by = ✅ Oplost: { $name } holp
button-network-agenda = 📋 Op de aginda fan de ynrin
network-solved = Moai dat it oplost is! Dyn fraach is sluten.
network-already-ended = Dizze fraach is al sluten.
network-already-on-agenda = Dizze fraach stiet al op de aginda.
network-on-agenda = Dyn fraach stiet op de aginda fan de ynrin fan { $date }.
network-you-helped = Tankewol! { $asker } seit datsto holpen hast mei de fraach “{ $question }”.
network-closed = Dyn netwurkfraach “{ $question }” is nei 14 dagen sluten. Do krigest { $answers } antwurd(en). Noch gjin oplossing? Set him op de aginda fan de ynrin mei /vraag.
network-incoming =
    <b>Fraach út it netwurk fan { $coalition }</b>
    Fan: { $asker }

    { $question }

    Kinsto helpe? Allinne de freger sjocht dyn antwurd.
button-network-can-help = 🙋 Ik kin helpe
button-network-knows-someone = 👉 Ik ken ien
button-network-write = ✍️ Antwurd skriuwe
network-answer-closed = Dizze fraach is sluten of net foar dy.
network-share-confirm = Dan stjoer ik dyn kontaktgegevens (dyn fermelding yn de gids, of in keppeling nei in petear mei dy) nei de freger. Goed?
button-network-share-yes = Ja, stjoer myn gegevens
button-network-share-no = Nee, dochs net
network-share-not = Okee, ik haw neat stjoerd.
network-share-done = Ferstjoerd: de freger hat no dyn kontaktgegevens. Tankewol!
network-share-already = Do hiest al witte litten datsto helpe kinst.
network-knows-ask = Wa kenst? Typ in namme, rol of metoade. Ik sykje yn de partnergids.
network-knows-none = Ik fûn net ien yn de gids. Besykje in oare namme of rol, of stopje mei /annuleren.
network-knows-pick = Tik op de kollega dy'tsto oanriedst:
network-write-ask = Typ dyn antwurd (op syn heechst { $max } tekens). Neam gjin kliïnt. Stopje kin mei /annuleren.
network-answer-length = Dyn antwurd is leech of te lang (op syn heechst { $max } tekens). Besykje it nochris.
network-answer-passed-on = Trochstjoerd nei de freger. Tankewol!
network-answer-can-help =
    <b>Immen kin helpe</b> mei dyn fraach “{ $question }”:
    { $who }
network-answer-knows =
    <b>In tip</b> foar dyn fraach “{ $question }”. { $who }
    riedt dizze kollega oan:
    { $colleague }
network-answer-text =
    <b>Antwurd</b> op dyn fraach “{ $question }”:
    { $answer }
    — { $who }
settings-network-on = 🤝 Do krijst netwurkfragen fan kollega's (op syn heechst 3 yn 'e wike).
settings-network-off = 🔕 Do krijst gjin netwurkfragen.
button-network-off = 🔕 Netwurkfragen útsette
button-network-on = 🤝 Netwurkfragen oansette
mydata-answer-can_help = "Ik kin helpe"
mydata-answer-knows_someone = "Ik ken ien"
report-network-none = <b>Netwurkfragen</b>: gjin yn de lêste { $days } dagen.
report-network-header = <b>Netwurkfragen</b> (lêste { $days } dagen): { $asked } steld, { $answered } mei antwurd, { $solved } oplost
report-network-first-answer = It earste antwurd kaam nei { $hours } oere (mediaan).
report-network-topics = Oer: { $topics }

# ---- the action agenda (issue 35) ----
cmd-action = In aksje foarstelle
cmd-actions = Dyn aksjes en dy fan dyn koalysje
cmd-workgroups = De wurkgroepen fan dyn koalysje
cmd-stand = De stân fan saken
actions-title-empty = Ik sjoch gjin wurden. Typ in koarte titel.
actions-title-too-long = Dat is te lang: maksimaal { $max } tekens. Meitsje it koarter.
actions-bsn = Dit liket op in burgerservicenûmer. Set nea gegevens fan kliïnten yn in aksje. Ik haw neat bewarre.
actions-details = Dyn tekst neamt { $words }. In aksje giet oer it wurk, nea oer in kliïnt: lit dat fuort en besykje it op 'e nij. Ik haw neat bewarre.
actions-not-member = Aksjes en wurkgroepen binne der foar leden fan in koalysje. Freegje dyn koördinator om in útnoeging.
actions-usage = Typ dyn aksje efter /actie, bygelyks: /actie CenteringPregnancy begjinne yn Venray #Swangerskip oant 31-03-2027. Mei # kiest do in wurkgroep, mei oant in eindatum; beide meist weilitte.
actions-choose-coalition = Foar hokker koalysje is dizze aksje?
actions-due-unknown = Ik begryp de datum “{ $text }” net. Skriuw him as 31-03-2027.
actions-workgroup-unknown = Ik ken gjin wurkgroep “{ $name }”. Sjoch /werkgroepen.
actions-proposed = Dyn aksje stiet op de aksje-aginda fan { $coalition }. Do bist eigener; set de status as der wat feroaret.
actions-coalition = <b>Aksje-aginda fan { $coalition }</b>: { $counts }. Sjoch /stand foar de stân fan saken.
actions-own-none = Do hast gjin iepen aksjes. Stel der ien foar mei /actie.
actions-status-set = Status: { $status }
actions-status-idea = 💡 idee
actions-status-in_progress = 🔧 dwaande
actions-status-stuck = ⛔ fêst
actions-status-done = ✅ klear
actions-status-stopped = ⏹ stoppe
actions-card-status = Status: { $status }
actions-card-workgroup = Wurkgroep: { $workgroup }
actions-card-due = Klear foar: { $date }
actions-card-overdue = Klear foar: { $date } (te let)
actions-card-last = Lêste nijs: { $text }
workgroups-none = { $coalition } hat noch gjin wurkgroepen. In koördinator begjint der ien mei: /werkgroepen nieuw Namme: doel
workgroups-header = <b>Wurkgroepen fan { $coalition }</b>
workgroups-line = <b>{ $name }</b> ({ $count ->
        [one] 1 lid
       *[other] { $count } leden
    })
workgroups-goal = Doel: { $goal }
workgroups-you = Do dochst mei.
button-workgroup-join = ➕ Meidwaan mei { $name }
button-workgroup-leave = ➖ Ophâlde mei { $name }
workgroups-coordinators-only = Allinnich in koördinator kin in wurkgroep begjinne.
workgroups-new-usage = Sa begjinst in wurkgroep: /werkgroepen nieuw Namme: doel
workgroups-added = Wurkgroep { $name } fan { $coalition } stiet derin. Do bist de lûker.
workgroups-exists = { $coalition } hat al in wurkgroep { $name }.
workgroups-joined = Do dochst mei mei { $name }.
workgroups-left = Do bist ophâlden mei { $name }.
stand-header = <b>Stân fan saken fan { $coalition }</b> sûnt { $since }
stand-counts = Aksjes: { $counts }
stand-done = <b>Klear ({ $count })</b>
stand-under-way = <b>Dwaande ({ $count })</b>
stand-stuck = <b>Fêst ({ $count })</b>
stand-next = <b>Folgjende stappen ({ $count })</b>
stand-overdue = (te let)
stand-empty = Noch gjin aksjes. Stel der ien foar mei /actie.
stand-since-unknown = Ik begryp de datum “{ $text }” net. Skriuw him as 01-09-2026.
audit-workgroup-add = Wurkgroep begûn: { $subject }
audit-workgroup-join = Wurkgroep: lid derby yn { $subject }
audit-workgroup-leave = Wurkgroep: lid ophâlden yn { $subject }
audit-action-propose = Aksje foarsteld: { $subject }
audit-action-owner = Aksje: eigener derby foar { $subject }
audit-action-status = Status fan aksje { $subject }: { $detail }
actions-owners-only = Allinnich de eigeners fan dizze aksje en de koördinatoren kinne him feroarje.
actions-owner-added = Do bist no ek eigener fan dizze aksje.
actions-news-ask = Wat is it nijs oer “{ $title }”? Typ it yn ien sin (maksimaal { $max } tekens), of /annuleren.
actions-news-kept = Tankewol, dyn nijs stiet by de aksje.
actions-news-cancelled = Okee, ik haw neat tafoege.
button-action-own = 🙋 Ik lûk mei
button-action-news = ✏️ Nijs tafoegje
actions-rhythm-coordinators-only = Allinnich in koördinator stelt yn wannear't eigeners fan aksjes frege wurde hoe't it giet.
actions-rhythm-usage = Sa stelst it yn: /acties ritme maandelijks (elke moanne fan de 1e ôf), of /acties ritme 15-03-2027 (yn de wike foar dy gearkomste).
actions-rhythm-monthly = Eigeners fan iepen aksjes fan { $coalitions } krije elke moanne fan de 1e ôf de fraach hoe't it giet.
actions-rhythm-meeting = Eigeners fan iepen aksjes fan { $coalitions } krije yn de wike foar { $date } de fraach hoe't it giet.
actions-round-ask = 📋 <b>Hoe stiet it mei dyn aksje?</b> Tik de status oan, of foegje in sin nijs ta. Sa skriuwt de stân fan saken himsels.
actions-round-reminder = 📋 In oantinken, it ienige: hoe stiet it mei dyn aksje?
actions-round-overdue = ⏰ De eindatum is foarby. Is de aksje klear, of hat er in nije datum nedich? Sis it dyn koördinator.
audit-action-rhythm = Ritme fan de statusfraach: { $detail }
stand-pdf-coordinators-only = De stân fan saken as dokumint is der foar koördinatoren. Elkenien sjocht him yn 'e chat mei /stand.
stand-pdf-caption = Stân fan saken fan { $coalition }, om troch te stjoeren nei de stjoergroep.
stand-pdf-title = Stân fan saken
stand-pdf-since = Sûnt { $date }
stand-pdf-made = makke op { $date }
stand-pdf-counts = Aksjes per wurkgroep en status
stand-pdf-workgroup = Wurkgroep
stand-pdf-no-workgroup = (gjin wurkgroep)
stand-pdf-all = Alle aksjes
stand-pdf-chart = Aksjes klear per moanne
stand-pdf-nothing = Neat yn dizze perioade.
stand-pdf-late = te let
stand-pdf-due = klear foar
stand-pdf-done = Klear yn dizze perioade
stand-pdf-under-way = Dwaande
stand-pdf-stuck = Rint fêst
stand-pdf-next = Folgjende stappen
button-action-agenda = 📌 Op de aginda fan de ynrin
actions-agenda-item = Aksje: { $title } ({ $status })
actions-on-agenda = De aksje stiet op de aginda fan de ynrin fan { $date }.
actions-already-on-agenda = Dizze aksje stiet al op de aginda fan de folgjende ynrin.
miniapp-tab-actions = Aksjes
miniapp-actions-owners-only = Allinnich de eigeners fan dizze aksje en de koördinatoren kinne him feroarje.
miniapp-actions-filter-workgroup = Wurkgroep
miniapp-actions-filter-status = Status
miniapp-actions-filter-open = Iepen
miniapp-actions-mine = Allinnich myn aksjes
miniapp-actions-overdue = Allinnich te let
miniapp-actions-none = Gjin aksjes fûn. Stel der ien foar yn 'e chat mei /actie.
miniapp-actions-owners = Eigeners: { $owners }
miniapp-actions-due = Klear foar { $date }
miniapp-actions-late = te let
miniapp-actions-history = Skiednis
miniapp-actions-change = Status feroarje
miniapp-actions-saved = Status bewarre.
miniapp-workgroups-title = Wurkgroepen
miniapp-workgroups-members = Leden: { $count }
miniapp-workgroups-join = Meidwaan
miniapp-workgroups-leave = Ophâlde
miniapp-workgroups-none = Noch gjin wurkgroepen.
miniapp-admin-stand = Stân fan saken
miniapp-stand-since = Sûnt
miniapp-stand-done = Klear
miniapp-stand-under-way = Dwaande
miniapp-stand-stuck = Fêst
miniapp-stand-next = Folgjende stappen
miniapp-stand-overdue = Te let: { $count }
miniapp-stand-pdf = As pdf: typ /stand pdf yn 'e chat.
cmd-examples = Praktykfoarbylden fan dyn koalysje
button-action-share = 📣 Diele as praktykfoarbyld
actions-share-owners-only = Allinnich de eigeners fan in aksje dy't klear is, kinne him diele.
actions-shared = Dield: kollega's fine de aksje no mei /voorbeelden en by netwurkfragen oer itselde ûnderwerp.
actions-share-waits = Dyn tastimming stiet. De aksje wurdt dield sa gau't alle eigeners tastimming joegen.
examples-none = Gjin praktykfoarbylden fûn. De eigeners fan in aksje dy't klear is, kinne him diele.
examples-header = <b>Praktykfoarbylden</b> ({ $count })
network-examples = Praktykfoarbylden út dyn koalysje oer itselde ûnderwerp:
audit-action-shared = Aksje dield as praktykfoarbyld: { $subject }
miniapp-stand-chart = Aksjes klear per moanne
miniapp-stand-month = Moanne
miniapp-stand-workgroups = Aksjes per wurkgroep en status
miniapp-stand-no-workgroup = (gjin wurkgroep)
