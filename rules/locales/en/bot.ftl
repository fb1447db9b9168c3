# English texts, offered when the user's Telegram language is English.

## Roles
role-member = member
role-coordinator = coordinator

## /start
start-stranger =
    Hi { $name }! I am the bot of the Kansrijke Start coalition.
    I help professionals find each other around the first 1000 days of a child.

    You are not a member of a coalition yet. Ask your coordinator for an invite link and tap it.
start-known =
    Hi { $name }! Good to see you.
    You are a member of: { $coalitions }.

    Type /help to see what I can do for you.
start-admin =
    Hi { $name }! You are an administrator of this bot.
    Create a coalition and an invite for its coordinator with <code>python -m bot</code> on the server.
    Type /help for more.

## Joining with an invite link
join-joined =
    Welcome to <b>{ $coalition }</b>! You are now a { $role }.
    Type /help to see what you can do.
join-promoted =
    You are now a { $role } of <b>{ $coalition }</b>.
    Type /help to see what you can do.
join-already = You are already a { $role } of <b>{ $coalition }</b>. Nothing has changed.
join-unknown = I do not know this invite link. Check the link or ask your coordinator for a new one.
join-expired = This invite link has expired. Ask your coordinator for a new one.
join-used-up = This invite link has been used as often as allowed. Ask your coordinator for a new one.

## /help
help-stranger =
    <b>What can this bot do?</b>
    Professionals in a Kansrijke Start coalition find local contacts here, get a reminder for the weekly drop-in call and give quick feedback after a meeting.

    You are not a member yet. Ask your coordinator for an invite link.
help-member =
    <b>What can you do?</b> (member of { $coalitions })
    /search – find a partner, for example <code>/search midwife venlo</code>
    Or type <code>@{ $bot } midwife</code> in any chat to share a contact.
    /register – put yourself in the partner list, or change your details
    /dropin – the next drop-in: time, link, sign up, calendar, reminders
    /question – a question or topic for the drop-in
    /ask – ask your colleagues for advice about your work (never about a client)
    /actions – your actions and your coalition's action agenda; /action – propose one
    /workgroups – your coalition's workgroups: join or leave
    /progress – where things stand
    /feedback – give your view on your latest meeting
    /meet – meet a colleague from the other domain
    /settings – announcements on or off, your language
    /privacy – what I store about you (/mydata, /forgetme)
    /start – welcome and your coalitions
    /help – this overview
help-coordinator =
    <b>As a coordinator</b> (of { $coalitions }) you can also:
    /invite – make an invite link for new members
    /partners – manage the partner list: approve registrations, import (send a .csv file), export
    /dropin_setup – schedule, change, pause the drop-in or skip a week
    /link – type this in a group to post the reminders there
    /event – feedback link and QR code for a meeting
    /report – feedback report, trend and CSV
    /broadcast – send an announcement to your coalition
    /workgroups new Name: goal – start a workgroup; /actions rhythm – when owners are asked how it goes; /progress pdf – the progress report for the steering group
help-admin =
    <b>As an administrator</b> you have every right in every coalition.
    On the server: <code>python -m bot coalition add</code> and <code>python -m bot invite</code>.
    /status – how the bot is doing.

## /uitnodigen
invite-not-allowed = Only a coordinator can make invites.
invite-private-only = Make invites in a private chat with me, not in a group.
invite-no-coalitions = There are no coalitions yet. Create one first with <code>python -m bot coalition add</code>.
invite-choose-coalition = Which coalition do you want to make an invite for?
invite-created =
    Invite for <b>{ $coalition }</b> (as { $role }):
    { $link }

    The link works for { $days } days and { $uses } times. Forward it to the professionals you want to invite.

## General
error-generic = Sorry, something went wrong. Please try again later. If it keeps happening, tell your coordinator.
flood-notice = Easy does it: you are sending a lot of messages in a row. I will not respond to you for a minute. Then just try again.
button-stale = This button no longer works. Type the command again.

## Command menu
cmd-start = Welcome and your coalitions
cmd-search = Find a partner: role, municipality or name
cmd-help = What can I do for you?
cmd-invite = Make an invite link

## Partner spreadsheets (CSV)
field-name = name
field-organisation = organisation
field-role = role
field-municipality = municipality
field-neighbourhood = neighbourhood
field-phone = phone number
field-email = e-mail address
field-website = website
field-keywords = keywords
field-experience = experience
field-external_id = id
csv-problem-missing = row { $row }: { $field } is missing
csv-problem-too-long = row { $row }: { $field } is too long
csv-problem-phone = row { $row }: the phone number is not right
csv-problem-email = row { $row }: the e-mail address is not right
csv-problem-website = row { $row }: the website is not right
csv-problem-no-contact = row { $row }: there is no phone number and no e-mail address
csv-problem-bsn = row { $row }: { $field } seems to hold a citizen service number (BSN); that is not allowed in the bot
csv-problem-duplicate-id = row { $row }: this id appears earlier in the file
csv-file-too-large = The file is too large. It may be { $detail } MB at most.
csv-file-not-text = I cannot read this file. Save your spreadsheet as CSV and send it again.
csv-file-empty = The file is empty. The first row must hold the column names, then one row per partner.
csv-file-missing-columns = These columns are missing: { $detail }. Put the column names in the first row.
csv-file-too-many-rows = The file has too many rows. It may hold { $detail } partners at most.
import-summary = { $new } new, { $changed } changed, { $unchanged } unchanged, { $errors } rows with errors

## /zoek
search-not-member = You can search once you are a member of a coalition. Ask your coordinator for an invite link.
search-private-only = I only share contact details in a private chat. Send me /search there.
search-too-long = Your search is too long. Use a few words, for example: /search midwife venlo
search-results = <b>{ $count } found</b> for “{ $query }” · page { $page } of { $pages }
search-many = I only show the first { $count }. Make your search more precise, for example with a role or municipality.
search-none = I found nobody for “{ $query }”.
search-did-you-mean = Did you mean <b>{ $suggestion }</b>?
search-try-guided = You can also search step by step.
search-expired = This search has expired. Search again with /search.
search-gone = This listing no longer exists.
search-no-phone = I have no phone number for this partner.
guided-choose-role = Which role are you looking for?
guided-choose-municipality = In which municipality are you looking for a { $role }?
guided-empty = There are no partners in your coalition yet. Your coordinator can add them.
button-guided = 🔎 Search step by step
button-did-you-mean = Search “{ $suggestion }”
button-previous = ‹ Previous
button-next = Next ›
button-contact = 📇 { $number }
button-all-municipalities = All municipalities
inline-join = Become a member to search partners

## /partners and CSV upload (coordinators)
partners-private-only = Manage the partners in a private chat with me.
partners-not-allowed = Only a coordinator can manage the partner directory.
partners-overview =
    <b>Partner directory { $coalition }</b>
    { $listed } listed · { $pending } waiting for approval · { $hidden } hidden
    { $stale } listings have not been checked for 12 months.

    To import or update: send me your spreadsheet as a CSV file.
    To edit or hide a listing: <code>/partners name</code>
button-review = Review registrations ({ $count })
button-export = Export CSV
button-check-stale = Check ({ $count })
partners-none-pending = No registrations are waiting.
partners-none-stale = All listings were checked in the past year.
partners-stale-item = Not checked since { $date }:
button-still-current = ✅ Still correct
button-hide = 🙈 Hide
button-show = 👁 Show again
partners-checked = Checked. Thank you!
partners-hidden = Hidden. Nobody finds this listing now.
partners-shown = This listing can be found again.
partners-export-caption = Partner directory { $coalition }: { $count } listings.
partners-lookup-none = I found no listing with “{ $query }” in the name, organisation or municipality.
partners-lookup-many = More than { $count } listings were found. I show the first { $count }; type more of the name to choose.
partners-status-listed = 👁 Listed
partners-status-pending = ⏳ Waiting for approval
partners-status-hidden = 🙈 Hidden
partners-status-rejected = ❌ Rejected
button-edit = ✏️ Edit
edit-choose-field = What do you want to change for <b>{ $name }</b>?
edit-ask-value =
    Send the new { $field }. Now: { $current }
    To empty it: send a dash (-). To stop: /cancel
edit-saved = Saved.
edit-bad-value = This is not right as { $field }. Try again, or stop with /cancel.
edit-no-contact = A phone number or e-mail address must remain. Send something else, or stop with /cancel.
edit-cancelled = Stopped. Nothing has changed.
import-not-csv = Send a CSV file (for example from Excel: Save as → CSV).
import-choose-coalition = Which coalition is this file for?
import-preview =
    <b>Preview of the import for { $coalition }</b>
    { $summary }
import-problems = These rows have errors:
import-consent = By importing you confirm that these professionals agree to be listed in the directory.
import-fix-or-partial = Correct the file and send it again, or import only the good rows.
button-import = Import
button-import-valid = Import only the good rows
button-cancel = Cancel
import-done =
    <b>Import done for { $coalition }</b>
    { $summary }
import-cancelled = Import cancelled. Nothing has changed.
import-expired = This import has expired. Send the file again.
import-nothing-valid = Not a single row is good. Nothing was imported.
button-approve = Approve
button-reject = Reject
review-already-done = This registration has been reviewed already.
review-approved = ✅ Approved. This partner can now be found.
review-ask-reason = Why do you reject this registration? Type a short reason; the registrant will see it. No reason? Send /skip. Changed your mind? Send /cancel.
review-reason-too-long = The reason is too long. Use { $limit } characters at most.
review-rejected = ❌ Rejected. The registrant will be told.
review-cancelled = OK, the registration is still waiting for your review.
register-approved = Good news: your listing is now in the partner directory of <b>{ $coalition }</b>. Colleagues can find you with /search.
register-rejected = Your registration for the partner directory of <b>{ $coalition }</b> was not approved. Reason: { $reason }. Questions? Contact your coordinator.
cmd-register = Put yourself in the partner directory
cmd-partners = Manage the partner directory
cmd-cancel = Stop what you are doing

## /aanmelden
register-private-only = Register in a private chat with me.
register-not-member = You can register for the partner directory once you are a member of a coalition. Ask your coordinator for an invite link.
register-choose-coalition = In which coalition's partner directory do you want to be listed?
register-intro =
    This is how you get into the partner directory. I ask you seven short questions. You can stop at any time with /cancel.
    Only members of the coalition see your details, and only after the coordinator has approved your registration.
register-editing = You are in the directory already. Let us go through your details; tap “Keep” to leave something as it is.
register-ask-name = 1/7 What is your name?
register-ask-organisation = 2/7 Which organisation do you work for? Self-employed? Type the name of your practice.
register-ask-role = 3/7 What is your role? Choose or type it.
register-ask-municipality = 4/7 In which municipality do you work? Choose or type it.
register-ask-contact = 5/7 How can colleagues reach you? Type your phone number and/or e-mail address.
register-ask-experience = 6/7 Which methods or topics do you have experience with? For example: Centering Pregnancy, Samen Starten, debts during pregnancy. Put commas between them. Colleagues will then find you with /search. Nothing to name? Tap Skip.
button-skip-step = Skip
register-current = Now: { $value }
register-bad-text = That is too long or empty. Please try again ({ $limit } characters at most).
register-bad-contact = I found no valid phone number or e-mail address. For example: 06 12345678 or name@practice.nl
register-bsn = This looks like a citizen service number (BSN). Do not put client data in the bot. Please try again.
register-confirm =
    7/7 This is how you will be listed:

    { $card }

    Do you agree that members of { $coalition } see these details and use them to reach you? You can change them later with /register.
button-consent-yes = Yes, list me
button-consent-no = No
button-keep = Keep
register-done = Thank you! Your registration is now waiting for the coordinator's approval. You will be told.
register-cancelled = Stopped. Nothing was saved.
register-new-for-coordinator = New registration for the partner directory of <b>{ $coalition }</b>:

## Inloop (drop-in)
cmd-dropin = The next drop-in: time, link, RSVP
cmd-question = A question or topic for the drop-in
cmd-dropin-setup = Schedule, change or skip the drop-in
cmd-link = Link this group to your coalition
dropin-kind-teams = Teams
dropin-kind-zoom = Zoom
dropin-kind-jitsi = Jitsi
dropin-kind-whereby = Whereby
dropin-kind-other = Video call
dropin-when = { $date }, { $start }–{ $end }
dropin-in-minutes = starts in { $minutes } minutes
dropin-in-hours = starts in { $hours } hours
dropin-tomorrow = is tomorrow
dropin-in-days = is in { $days } days
dropin-reminder =
    📅 <b>{ $title }</b> { $relative }
    🕐 { $when }
    🔗 { $kind }: { $link }
dropin-moved-note = Note: this time on a different day or time than usual.
dropin-questions-header = <b>Questions and topics:</b>
dropin-no-questions = No questions yet. Send one with /question.
dropin-skip-notice =
    ⏸ <b>{ $title }</b> is not taking place on { $date }.{ $reason }
    The next drop-in is { $next }.
dropin-reason = { " " }Reason: { $reason }.
button-rsvp = ✋ I'll join ({ $count })
button-calendar = 📅 Add to calendar
dropin-group-not-linked = This group is not linked to a coalition yet. A coordinator who is an admin of the group types /link here.
dropin-not-member = The drop-in is for members of a coalition. Ask your coordinator for an invite link.
dropin-none = No drop-in has been scheduled for { $coalition } yet.
dropin-none-coordinator = No drop-in has been scheduled for { $coalition } yet. Schedule it with /dropin_setup.
dropin-paused = The drop-in of { $coalition } is paused.
dropin-next =
    <b>{ $title }</b> ({ $coalition })
    🕐 { $when }
    🔗 { $kind }: { $link }
    { $rsvp }
dropin-skipped-first = Note: there is no drop-in on { $date }.{ $reason }
dropin-you-join = ✅ You are joining. { $count } people are joining.
dropin-you-not = { $count } people are joining. You have not said yet.
button-rsvp-join = ✋ I'll join
button-rsvp-leave = ↩️ Not after all
button-reminders-turn-on = 🔔 Turn reminders on
button-reminders-turn-off = 🔕 Turn reminders off
dropin-reminders-on = You will now get a reminder in this chat, 24 hours and 15 minutes before (as the coordinator sets it).
dropin-reminders-off = You will no longer get personal drop-in reminders.
dropin-reminders-state-on = 🔔 You get personal reminders.
dropin-reminders-state-off = 🔕 You do not get personal reminders.
dropin-rsvp-yes = Great, you are joining!
dropin-rsvp-no = You are no longer joining.
dropin-over = This drop-in is already over.
dropin-members-only = Only members of the coalition can sign up. Ask your coordinator for an invite link.
dropin-ics-sent = The calendar file is in your private chat with me.
dropin-ics-start-first = Start a chat with me first, then I will send you the calendar file.
dropin-ics-caption = Open this file to add the drop-in to your calendar.
button-remove-question = 🗑 Remove question { $number }
question-usage = Type your question after the command, for example: <code>/question How do I refer to debt counselling?</code>
question-empty = I see no question. Type your question in words after /question.
question-too-long = Your question is too long: at most { $max } characters. Please shorten it.
question-bsn = This looks like a citizen service number. Never put client details in a question. I have stored nothing.
question-details = Your question mentions { $words }. Leave out what may point to a client and ask again with /question. I have stored nothing.
question-added = Thank you! Your question is on the list for the drop-in of { $date }.
question-no-dropin = No drop-in is scheduled, so I cannot add your question anywhere.
question-choose-coalition = For which coalition's drop-in is your question?
question-removed = The question has been removed.
question-gone = This question was already removed.

## /koppel
link-groups-only = /link works in a group. Add me to your coalition's group and type /link there.
link-not-coordinator = Only a coordinator of the coalition can link a group.
link-not-group-admin = Only an admin of this group can link or unlink it.
link-done = Linked! Drop-in reminders of { $coalition } will now also appear in this group.
link-already = This group is linked to { $coalition }.
button-unlink = Unlink
link-removed = This group is no longer linked to { $coalition }.
link-choose-coalition = Which coalition do you want to link this group to?

## /inloop_instellen
setup-private-only = Set up the drop-in in a private chat with me.
setup-not-coordinator = Only coordinators can set up the drop-in.
setup-choose-coalition = For which coalition do you want to set up the drop-in?
setup-menu =
    <b>Drop-in of { $coalition }</b>
    { $summary }

    What would you like to do?
setup-summary =
    { $weekday } at { $start }, { $duration } minutes ({ $timezone })
    { $title }
    🔗 { $kind }: { $link }
    Reminders: { $reminders } before
    Status: { $status }
setup-status-active = active
setup-status-paused = paused
setup-changes-header = <b>One-off changes:</b>
setup-change-skipped = { $date }: not taking place{ $reason }
setup-change-moved = { $date }: moved to { $when }
button-change = ✏️ Change
button-pause = ⏸ Pause
button-resume = ▶️ Resume
button-skip = ⏭ Skip a week
button-move = 🕐 Move once
button-undo = ↩️ Undo a change
button-stop = Stop
setup-ask-weekday = On which day is the drop-in?
setup-bad-weekday = I do not know that day. Choose a button or type a day, like <code>tuesday</code> or <code>tue</code>.
setup-ask-time = What time does the drop-in start? Type the time, for example <code>12:30</code>.
setup-bad-time = I do not know that time. Type hours and minutes, for example <code>12:30</code> or <code>9.00</code>.
setup-ask-duration = How long does the drop-in last? Choose a button or type the minutes.
setup-bad-duration = Type a duration between 5 minutes and 8 hours, for example <code>45</code> or <code>1.5 hours</code>.
setup-ask-link = Send the link of the video call (Teams, Zoom, Jitsi, Whereby or another). I only use links that start with https://.
setup-link-not-https = That link does not start with https://. For safety I only use https links. Please send the link again.
setup-link-malformed = That does not look like a proper link. Copy the link from your calendar or video app and send it again.
setup-ask-title = What is the drop-in called? Type a name or choose the default name.
setup-default-title = Kansrijke Start drop-in
setup-bad-title = Type a name of 1 to { $max } characters.
setup-ask-reminders = When shall I send a reminder? Choose the default or type your own, for example <code>24h,15m</code> or <code>1 day, 30 min</code>.
button-default-reminders = 24 hours and 15 minutes before
setup-bad-reminders = I do not understand that. Type for example <code>24h,15m</code> or <code>1d, 30m</code>: at most 4 reminders, up to a week before.
setup-confirm =
    Is this right?
    { $summary }
button-save = ✅ Save
setup-saved = Saved. The next drop-in is { $next }.
setup-cancelled = Stopped. Nothing has changed.
setup-paused = The drop-in is paused. No reminders go out until you resume it.
setup-resumed = The drop-in is resumed. The next one is { $next }.
setup-ask-skip-date = Which drop-in will not take place?
setup-ask-skip-reason = Do you want to give a reason? Type it, or choose "No reason".
button-no-reason = No reason
setup-skipped = { $date } will not take place. Those who get reminders will hear in time.
setup-date-past = That drop-in has already started or is over. Choose a date in the future.
setup-ask-move-date = Which drop-in do you want to move?
setup-ask-move-to = To when? Type a day and time, for example <code>thu 14:00</code> or <code>3-12 15:00</code>. Only a time moves it on the same day.
setup-bad-move = That does not work: the new time must be in the future and at most { $days } days from the usual date. Type for example <code>thu 14:00</code>.
setup-moved = The drop-in of { $date } has moved to { $when }.
setup-ask-undo = Which change do you want to undo?
setup-undone = The change for { $date } has been undone.
setup-reason-too-long = Keep the reason short: at most { $max } characters.

## Feedback
feedback-comment-empty = I see no words in your comment. Type a sentence, or choose Skip.
feedback-comment-too-long = Your comment is too long: at most { $max } characters. Please shorten it.
feedback-comment-bsn = Your comment seems to contain a citizen service number. Leave out personal data and send it again. I have stored nothing.
feedback-comment-details = Your comment mentions { $words }. A comment on the meeting needs no names, addresses, ages or numbers: leave them out and send it again. I have stored nothing.
feedback-default-question = How valuable was this meeting?
feedback-ask =
    💬 <b>{ $title }</b> ({ $date })
    { $question }
    Tap a number: 1 = not much, 5 = very valuable. Your answer is anonymous.
feedback-group-prompt =
    💬 How was <b>{ $title }</b>? Give your view in a few seconds, anonymously, in a private chat with me.
button-give-feedback = Give feedback
feedback-thanks-rating = Thank you! You gave { $rating } out of 5. Would you like to add one sentence? Type it here (at most { $max } characters), or choose Skip. You can change your rating until the round closes.
button-skip-comment = Skip
feedback-thanks = Thank you! Your feedback helps make the next meeting better.
feedback-closed = This feedback round is closed. Thank you for your effort!
feedback-unknown = I do not know this feedback link. Check that you copied all of it.
feedback-none-open = There is no feedback round open for you right now.
cmd-feedback = Give feedback on your latest meeting
cmd-event = Feedback link and QR code for a meeting
cmd-report = Feedback report and export
event-private-only = Create an event in a private chat with me.
event-not-coordinator = Only coordinators can create an event.
event-choose-coalition = Which coalition is the meeting for?
event-ask-title = What is the meeting called? For example <code>Kansrijke Start regional day</code>.
event-bad-title = Type a name of 1 to { $max } characters.
event-ask-date = On which date is the meeting? Type for example <code>today</code> or <code>26-11-2026</code>.
event-bad-date = I do not understand that date, or it is more than a month ago. Type for example <code>today</code> or <code>26-11-2026</code>.
event-created =
    ✅ Feedback for <b>{ $title }</b> ({ $date }) is open until { $closes }.
    Link: { $link }
    Show the QR code below on the screen at the end of the meeting.
event-qr-caption = Scan me and give your view on { $title } (anonymous, 10 seconds).
report-private-only = I only send the report in a private chat. Send me /report there.
report-not-coordinator = Only coordinators can see the feedback report.
report-choose-coalition = For which coalition do you want to see the report?
report-header = 📊 <b>Feedback of { $coalition }</b>
report-none = No feedback has been given yet.
report-dropins-header = <b>Last { $count } drop-ins</b>: { $responses } answers, average { $average }
report-events-header = <b>Events</b>
report-session = <b>{ $title }</b> – { $date }: { $responses } answers{ $rate }, average { $average }
report-rate = { " " }({ $percent }% of { $invited } sign-ups)
report-too-few = (too few answers to show the distribution and the comments)
report-comments = Comments:
button-trend = 📈 Trend as a picture
button-csv = 📄 CSV file
report-trend-caption = Average rating of the latest drop-ins of { $coalition }.
report-trend-empty = There are no drop-ins with feedback yet to show a trend.
report-csv-caption = All feedback of { $coalition }, without names or users.

## Aankondigingen (/omroep)
cmd-broadcast = Send an announcement to your coalition
cmd-settings = Announcements on or off, your language
announce-private-only = Make an announcement in a private chat with me.
announce-not-coordinator = Only coordinators can send an announcement.
announce-choose-coalition = Which coalition is the announcement for?
button-all-coalitions = All coalitions
announce-ask-text = Send the text of your announcement. Bold, italics and links are kept. You may also send a photo or document with a caption. Stop with /cancel.
announce-empty = I see no text. Send the announcement in words, or a photo or document with a caption.
announce-too-long = Your text is too long: { $length } characters. I can send at most { $parts } messages of { $max } characters, split between paragraphs. Please shorten it.
announce-caption-too-long = The caption of a photo or document may be at most { $max } characters; yours is { $length }. Shorten it, or send the text without an attachment.
announce-ask-audience = Who is the announcement for?
button-audience-all = Everyone
button-audience-coordinators = Coordinators only
button-audience-role = By role
button-audience-place = By municipality
announce-ask-role = Which role? (Members with a listing in the partner directory with that role.)
announce-ask-place = Which municipality? (Members with a listing in the partner directory in that municipality.)
announce-no-listings = No member has a listing of their own in the partner directory, so I cannot choose by role or municipality. Choose another group.
announce-ask-groups = Also post in the linked groups ({ $count })?
button-yes = Yes
button-no = No
announce-preview-header = 👀 <b>Preview</b>: this is how everyone sees your announcement.
announce-preview-failed = Telegram refuses the formatting of your text: { $error }. Nothing was sent. Send /broadcast again and change the text.
announce-confirm = This goes to { $people } people{ $groups } (not you: you see the preview above). Send it?
announce-confirm-groups = { " " }and { $groups } groups
button-send = 📣 Send
announce-cancelled = The announcement was cancelled. Nothing was sent.
announce-already = This announcement was already sent or cancelled.
announce-not-yours = Only the person who made the announcement can send or stop it.
announce-progress =
    📣 <b>Sending the announcement</b>
    { $bar }
    Delivered: { $sent } · waiting: { $waiting } · unreachable: { $unreachable } · failed: { $failed }
button-stop-sending = ⏹ Stop
announce-stopping = Stopped. What was not sent yet stays unsent.
announce-report =
    { $title }
    Delivered: { $sent } of { $total }
    Unreachable: { $unreachable }{ $names }
    Failed: { $failed }
    Not sent (stopped): { $stopped }
announce-title-done = ✅ <b>Announcement sent</b>
announce-title-stopped = ⏹ <b>Announcement stopped</b>
button-mute = 🔕 No more announcements
announce-muted = You will not get announcements any more. Turn them back on with /settings.
settings-text =
    <b>Settings</b>
    { $announcements }
    { $network }
    🌐 Language: { $current }. Choose another language below.
    Drop-in reminders are turned on or off under /dropin.
settings-language-saved = Your language has been saved.
language-name = English
settings-announcements-on = 📣 You get announcements from your coalition.
settings-announcements-off = 🔕 You do not get announcements.
button-announcements-on = 📣 Turn announcements on
button-announcements-off = 🔕 Turn announcements off

## Privacy
cmd-privacy = What I store, why and for how long
cmd-mydata = Everything I store about you
cmd-forgetme = Delete everything about you
privacy-text =
    <b>Privacy</b>
    I only store what is needed for professionals to find each other:
    • your first name and language from Telegram, the language you choose yourself, and which coalitions you belong to (as member or coordinator);
    • your own listing in the partner directory, if you register: only members of your coalition see it, and only after a coordinator approves it;
    • whether you take part in introductions (how often, your domain and municipality), whom I paired you with and your answers;
    • your drop-in choices (reminders, "I'll join", your questions) and your announcement setting;
    • which reminders and announcements I sent you, so you never get one twice.
    • your network questions and your answers to other people's (only the person asking sees your answer), and who got them: I delete them { $network } days after the question.
    Feedback is anonymous: I store your rating and comment without who you are.
    I never store data about parents or clients: I refuse a text with a citizen service number.
    Your data stays until you delete it. See everything with /mydata, delete everything with /forgetme. A listing a coordinator imported for you is removed by that coordinator.
    What I no longer need I clear out every day: your own registration nobody approved after { $registrations } days, expired invites after { $invites } days, who got an announcement after { $deliveries } days (the counts stay), drop-in sign-ups after { $rsvps } days, feedback comments { $comments } days after the meeting (your coalition can set another period). What a coordinator changed (who, what and when: approvals, edits, imports, the drop-in, announcements) I keep for { $audit } days.
mydata-text =
    <b>What I store about you</b>
    Name: { $name }
    Language: { $preferred }
    Coalitions: { $memberships }
    Own listing in the partner directory: { $listings }
    Drop-in reminders: { $reminders }
    Sign-ups for a drop-in: { $rsvps }
    Questions for the drop-in: { $questions }
    Announcements: { $announcements }
    Introductions: { $introductions }
    Past introductions: { $history }
    Network questions: { $network_questions }
    Your answers to network questions: { $network_answers }
    Your actions: { $actions }
    What you wrote on actions: { $action_updates }
    Getting network questions: { $network }
    Feedback is anonymous, so it is not here.
mydata-none = none
mydata-language-chosen = { $current } (your own choice)
mydata-language-auto = { $current } (not chosen yourself; your Telegram app is set to: { $telegram })
mydata-on = on
mydata-off = off
forget-confirm = Are you sure? I will delete your memberships, your own listing in the partner directory, your drop-in choices and questions, your network questions and answers, and everything I sent you. This cannot be undone. Your anonymous feedback stays, as it cannot be linked to you.
button-forget-yes = Yes, delete everything
forget-done = Done: everything about you has been deleted. Want to take part again later? Ask your coordinator for a new invite link.
forget-cancelled = Nothing was deleted.

## Introductions (/meet)
cmd-meet = Meet a colleague from the other domain
intro-private-only = Introductions are arranged in a private chat with me. Send me /meet.
intro-not-member = Introductions are for members of a coalition. Ask your coordinator for an invite link.
intro-choose = For which coalition?
intro-card-header = ☕ <b>Introductions in { $coalition }</b>
intro-explain = Every few weeks I pair you with a colleague from the other domain (medical or social), preferably in your own municipality. You talk for 20 minutes: a call, a video call or coffee. So you know where to find each other when it matters.
intro-status-out = You are not taking part yet. Choose how often you want to meet someone.
intro-status-in = ✅ You are taking part: { $weeks ->
    [1] every week.
   *[other] every { $weeks } weeks.
}
intro-status-paused = ⏸ You are taking part (every { $weeks } weeks), but paused until { $until }.
intro-rounds-on = Rounds: { $when }. Next round: { $next }.
intro-rounds-off = The coordinator has not started the rounds yet. You take part as soon as they start.
intro-coordinator = You are a coordinator: { $participants } taking part. Turn the rounds on or off and choose the day and hour.
button-intro-every = { $weeks ->
    [1] Every week
   *[other] Every { $weeks } weeks
}
button-intro-skip = ⏭ Skip the next round
button-intro-pause = ⏸ Pause for a month
button-intro-stop = Stop
button-intro-rounds-on = ▶️ Start the rounds
button-intro-rounds-off = ⏹ Stop the rounds
button-intro-day = 🗓 Day and hour
intro-members-only = Only members of this coalition can take part.
intro-coordinators-only = Only coordinators can set the rounds.
intro-joined = Done! You are taking part.
intro-stopped = You are no longer taking part. You can start again any time.
intro-skipped = You skip the next round.
intro-paused = You are paused for a month.
intro-domain-medical = Medical
intro-domain-social = Social
intro-domain-other = Other
intro-ask-domain = Which domain do you work in? Then I pair you with someone from the other one.
intro-ask-place = In which municipality of { $coalition } do you mostly work?
intro-place-other = Several, or I don't know
intro-ask-day = On which day does a round start?
intro-ask-hour = At what time on { $day }?
intro-rounds-saved = Saved.
intro-text =
    ☕ <b>Introduction</b>
    This time I pair you with:

    { $people }

    Plan a 20-minute talk this week: a call, a video call or coffee. A suggestion: { $slot }.
    Let me know with the buttons whether it works out. { $count ->
        [1] Not this time? No problem, next round you meet someone else.
       *[other] There are three of you this time. Not this time? No problem.
    }
intro-write-to = Send { $name } a message: tap the name.
intro-unlisted = <b>{ $name }</b> · { $domain } domain · { $place }
    (not in the directory yet; tap the name to send a message)
button-intro-planned = Planned 👍
button-intro-not-now = Not this time
intro-not-yours = This button belongs to someone else's introduction.
intro-planned-thanks = Great! Enjoy your talk.
intro-not-now-thanks = No problem. Next round you meet someone else.
intro-other-not-now = ☕ { $name } cannot meet this time. No problem: next round you meet someone else.
intro-lost-pair = ☕ { $names } cannot be reached through the bot right now. A pity! I will look for someone else for you: in this round if I can, otherwise you will be the first to get a new colleague in the next round.
intro-lost-group = ☕ { $names } cannot be reached through the bot right now. Your introduction simply goes on with the two of you.
intro-ics-title = Introduction with { $names }
intro-ics-caption = A suggestion for your talk. Agree on another moment together if that suits you better.
intro-check-back = ☕ Last week I paired you with { $names }. Did you talk?
button-met-yes = Yes
button-met-no = No
button-met-not_yet = Not yet
intro-met-thanks-yes = Great! Thanks for letting me know.
intro-met-thanks-no = Thanks for letting me know. Maybe next time.
intro-met-thanks-not_yet = Thanks. The talk can still happen later.
button-settings-meet = ☕ Introductions
mydata-intro-none = not taking part
mydata-intro-in = { $coalition }: { $weeks ->
    [1] every week
   *[other] every { $weeks } weeks
}
mydata-intro-history = { $date } with { $names }
report-intro-header = <b>Introductions</b>: { $rounds } rounds, { $introductions } introductions, { $cross }% between the medical and social domain, { $met }% talked ({ $answered } answered)
report-intro-place = { $place }: { $introductions } introductions, { $cross }% across domains, { $met }% talked
report-intro-none = <b>Introductions</b>: no rounds yet.
button-intro-trend = ☕ Introductions as a chart
report-intro-trend-caption = Share of the introductions per round that talked, { $coalition }.
report-intro-trend-empty = There are no rounds yet to make a chart of.
report-place-unknown = Several or unknown municipalities
report-coverage-header = <b>Where the network is thin</b> (no listed partner in a role every municipality needs):
report-coverage-place = { $place }: no { $roles }
report-coverage-full = <b>Coverage</b>: every municipality has a listed partner in every role it needs.
chart-average = average (1-5)
chart-answers = answers
chart-met = talked (%)
chart-introductions = introductions

## One feedback reminder
feedback-reminder =
    🔔 One more thing, only if you like:
    { $ask }
report-reminder = { " " }After the reminder: { $before }% → { $after }% answered.

## Status (/status, for admins)
cmd-status = How the bot is doing
status-admins-only = /status is for the bot's admins.
status-text =
    <b>Status</b>
    Version: { $version }
    Running for: { $uptime }
    Mode: { $mode }
    Database: { $size } MiB
    Coalitions: { $coalitions }, members: { $members }, listings: { $listings }
    Still to send: { $pending }
    Next reminders: { $next }
    429 answers in the last hour: { $refusals }
    Last answer from the Bot API: { $answer }
    Last unexpected error: { $error }
    Longest stall of the event loop since the start: { $stall } ms
status-never = never
status-none = none
status-ago = { $time } ago

## Mini App (the directory as a web page in Telegram)
miniapp-title = Partner directory
miniapp-search-label = Search by role, municipality or name
miniapp-search-placeholder = for example: midwife venray
miniapp-filter-role = Role
miniapp-filter-domain = Domain
miniapp-filter-municipality = Municipality
miniapp-filter-all = All
miniapp-results = { $count } found
miniapp-results-more = I show the first { $shown }. Search more precisely with a role or municipality.
miniapp-none = I found nobody. Try another word, or choose fewer filters.
miniapp-did-you-mean = Did you mean { $suggestion }?
miniapp-card-call = Call
miniapp-card-mail = E-mail
miniapp-card-website = Website
miniapp-card-experience = Experience:
miniapp-card-share = Share in a chat
miniapp-card-close = Close
miniapp-tab-directory = Directory
miniapp-tab-dropin = Drop-in
miniapp-tab-listing = My listing
miniapp-dropin-none = No drop-in has been scheduled for { $coalition } yet.
miniapp-dropin-join = I'll join
miniapp-dropin-leave = Not after all
miniapp-dropin-count = { $count } people are joining.
miniapp-dropin-joined = You are joining.
miniapp-dropin-calendar = Add to calendar
miniapp-dropin-calendar-sent = The calendar file is in your chat with the bot.
miniapp-dropin-open = Go to the call
miniapp-listing-intro = This is your listing in the directory of { $coalition }. A coordinator approves every change first.
miniapp-listing-none = You are not in the directory of { $coalition } yet. Fill in your details.
miniapp-listing-status = Status: { $status }
miniapp-listing-consent = Members of the coalition may see these details and use them to reach me.
miniapp-listing-consent-needed = Please give your consent first: tick the box.
miniapp-listing-save = Save and send for approval
miniapp-listing-saved = Thank you! Your listing is now waiting for approval. You will hear in the chat.
miniapp-listing-problem = Please check this again: { $field }.
miniapp-error-missing = Open this directory from Telegram: tap the Directory button in your chat with the bot.
miniapp-error-invalid = Open this directory from Telegram: tap the Directory button in your chat with the bot.
miniapp-error-expired = The directory has been open too long. Close it and open it again from Telegram.
miniapp-error-stranger = The directory is for members of a coalition. Ask your coordinator for an invite link.
miniapp-error-busy = Slow down a little. Try again in a moment.
miniapp-error-generic = Something went wrong. Please try again later.
miniapp-loading = Loading…
miniapp-menu-button = Directory
miniapp-open-button = 📖 Open the directory
miniapp-field-name = Name
miniapp-field-organisation = Organisation
miniapp-field-role = Role
miniapp-field-municipality = Municipality
miniapp-field-phone = Phone number
miniapp-field-email = E-mail address
miniapp-tab-coverage = Manage
miniapp-coverage-intro = Listed partners per municipality and role. A coloured cell with an exclamation mark: no partner in a role every municipality needs. Tap a cell to see the partners.
miniapp-coverage-caption = Coverage of { $coalition }
miniapp-coverage-cell = { $role } in { $place }: { $count }
miniapp-coverage-gap = (missing)
miniapp-pending-header = Registrations waiting ({ $count })
miniapp-pending-none = No registrations are waiting.
miniapp-approve = Approve
miniapp-reject = Reject
miniapp-reject-reason = Reason for rejecting (the person sees it; may be empty)
miniapp-coverage-title = Coverage of the network
miniapp-stale-header = Not checked in 12 months ({ $count })
miniapp-stale-none = Every listing was checked in the past year.
miniapp-stale-since = Last checked: { $date }
miniapp-still-current = Still correct
miniapp-hide = Hide
listing-changed-meanwhile = Someone else has just changed this listing. I did not overwrite anything. This is what it says now:
import-new-names = New: { $names }
import-changed-names = Changed: { $names }
audit-approve = Registration approved: { $subject }
audit-reject = Registration rejected: { $subject } (reason: { $detail })
audit-hide = Listing hidden: { $subject }
audit-show = Listing shown again: { $subject }
audit-status = Status of { $subject } set to: { $detail }
audit-checked = Listing checked: { $subject }
audit-edit = Listing edited: { $subject } ({ $detail })
audit-import = CSV imported: { $detail }
audit-schedule = Drop-in set: { $subject } { $detail }
audit-dropin-skip = Drop-in of { $subject } cancelled
audit-dropin-move = Drop-in of { $subject } moved to { $detail }
audit-dropin-undo = Change to the drop-in of { $subject } undone
audit-announce = Announcement sent to { $detail }: { $subject }
miniapp-audit-nobody = on the command line
miniapp-audit-someone = a coordinator who asked to be forgotten
miniapp-audit-import-counts = { $new } new, { $changed } changed, { $unchanged } unchanged
miniapp-audit-paused = (paused)
miniapp-audit-title = Audit trail: who changed what
miniapp-audit-intro = Everything coordinators change, in the chat or here. Each line is kept for { $days } days.
miniapp-audit-none = Nothing has been changed yet.
miniapp-audit-more = Older lines
miniapp-kind-dropin = drop-in
miniapp-kind-event = meeting
miniapp-col-date = Date
miniapp-col-session = Meeting
miniapp-col-kind = Kind
miniapp-col-invited = Joined
miniapp-col-answers = Answers
miniapp-col-response = Response (%)
miniapp-col-average = Average rating
miniapp-col-before-reminder = Answered before the reminder (%)
miniapp-col-after-reminder = Answered after the reminder (%)
miniapp-col-week = Week
miniapp-col-joined = I'm joining
miniapp-col-round = Round
miniapp-col-introductions = Introductions
miniapp-col-met = Spoke (%)
miniapp-col-municipality = Municipality
miniapp-col-cross = Across domains (%)
miniapp-col-announcement = Announcement
miniapp-col-recipients = Recipients
miniapp-col-reached = Reached
miniapp-col-unreachable = Unreachable
miniapp-col-failed = Failed
miniapp-col-asked = Asked
miniapp-col-answered = Answered
miniapp-col-solved = Solved
miniapp-chart-feedback = Average rating per drop-in and meeting
miniapp-chart-attendance = "I'm joining" per week
miniapp-chart-rounds = Introductions that spoke, per round (%)
miniapp-chart-places = Introductions per municipality
miniapp-chart-announcements = Announcements: reached
miniapp-chart-network = Network questions per week: asked
miniapp-chart-empty = No figures yet.
miniapp-chart-summary =
    { $count ->
        [one] 1 row
       *[other] { $count } rows
    }. Highest: { $high_label } ({ $high }). Lowest: { $low_label } ({ $low }).
miniapp-chart-numbers = The figures
miniapp-chart-csv = CSV in your chat
miniapp-csv-sent = The CSV file is in your chat with the bot.
miniapp-start-chat-first = Start a chat with the bot first, then I can send you the file.
miniapp-export-sent = The directory ({ $count } listings) is in your chat with the bot as a CSV file.
miniapp-admin-todo = To do
miniapp-admin-directory = Manage directory
miniapp-admin-coverage = Coverage
miniapp-admin-reports = Reports
miniapp-admin-audit = Audit trail
miniapp-manage-search-label = Search all listings, also pending and hidden ones (name, organisation or municipality)
miniapp-manage-status = Status
miniapp-manage-none = No listings found.
miniapp-manage-more = There are more. Search more precisely.
miniapp-manage-edit = Edit
miniapp-manage-save = Save
miniapp-manage-cancel = Cancel
miniapp-show = Show again
miniapp-field-neighbourhood = Neighbourhood
miniapp-field-website = Website
miniapp-field-keywords = Keywords
miniapp-field-experience = Experience (methods, topics)
card-experience = Experience: { $experience }
miniapp-import-title = Import a CSV
miniapp-import-file = Choose a CSV file (from Excel: Save as → CSV)
miniapp-import-coalition = For coalition
miniapp-import-check = See what would change
miniapp-export = Directory as CSV in your chat
miniapp-reports-title = Reports
miniapp-reports-coalition = Coalition
miniapp-reports-introductions = Introductions
miniapp-comments-title = Comments (only with 3 answers or more)
miniapp-no-contact = Fill in a phone number or an e-mail address.
miniapp-admin-csv = CSV

## Ask the network (/ask)
cmd-ask = Ask your colleagues for advice about your work
network-private-only = You ask a network question in a private chat with me.
network-not-member = You can ask a network question once you are a member of a coalition. Ask your coordinator for an invite link.
network-one-a-day = You can ask one network question a day. Your next question can go from { $date } at { $time }.
network-choose-coalition = Which coalition's colleagues do you want to ask?
network-ask-text =
    Type your question to your colleagues (at most { $max } characters). Ask about your work, for example: "Who has experience with talking about debts during pregnancy?"
    Never name a client: no name, address, date of birth or age. You can stop with /cancel.
network-text-length = Your question is too short or too long: between { $min } and { $max } characters. Please try again.
network-bsn = This looks like a citizen service number (BSN). Do not put client data in the bot. Nothing was stored; please type your text again.
network-details-found =
    I see something that may be about a client: { $words }.
    Questions and answers are about your work, never about a client. Please change your text and type it again.
network-details-colleague-hint = Is this the name of a colleague? Then tap below.
button-network-colleague = 👤 This is a colleague
screen-detail-name = name
screen-detail-address = address
screen-detail-postcode = postcode with house number
screen-detail-birth_date = date of birth
screen-detail-age = age
screen-detail-phone = mobile number
screen-detail-email = e-mail address
screen-detail-iban = bank account number
network-nobody = Nobody in this coalition gets network questions yet. Nothing was sent.
network-ask-audience = Whom do you want to ask? In brackets: how many colleagues that is.
network-audience-all = 👥 Everyone in the coalition ({ $count })
network-audience-medical = 🩺 Medical domain ({ $count })
network-audience-social = 🤝 Social domain ({ $count })
network-audience-municipality = 📍 { $name } ({ $count })
network-audience-method = 🎓 Experience with { $name } ({ $count })
network-audience-empty = Nobody is left there now. Please choose another group.
network-confirm =
    Your question:
    { $question }

    It goes to { $count } colleagues. Send it?
network-confirm-later = { $later } of them will get it later: they already got 3 network questions this week.
button-network-send = ✅ Send
button-network-dont-send = Don't send
network-sent = Sent to { $count } colleagues. You will see their answers here as they come. After 14 days your question closes by itself.
network-sent-later = { $later } of them will get your question next week: they already got 3 network questions this week. Your question is queued for them.
network-cancelled = Stopped. Nothing was sent.
network-own-question =
    <b>Your open network question</b>
    { $question }
    Sent: { $sent } · queued: { $waiting } · answers: { $answers }
button-network-solved = ✅ Solved
button-network-solved-by = ✅ Solved: { $name } helped
button-network-agenda = 📋 On the drop-in's agenda
network-solved = Glad it is solved! Your question is closed.
network-already-ended = This question is closed already.
network-already-on-agenda = This question is on the agenda already.
network-on-agenda = Your question is on the agenda of the drop-in of { $date }.
network-you-helped = Thank you! { $asker } says you helped with the question “{ $question }”.
network-closed = Your network question “{ $question }” closed after 14 days. You got { $answers } answer(s). No solution yet? Put it on the drop-in's agenda with /question.
network-incoming =
    <b>A question from the { $coalition } network</b>
    From: { $asker }

    { $question }

    Can you help? Only the person asking sees your answer.
button-network-can-help = 🙋 I can help
button-network-knows-someone = 👉 I know someone
button-network-write = ✍️ Write an answer
network-answer-closed = This question is closed or not for you.
network-share-confirm = Then I will send your contact details (your directory listing, or a link to a chat with you) to the person asking. All right?
button-network-share-yes = Yes, send my details
button-network-share-no = No, not after all
network-share-not = All right, I sent nothing.
network-share-done = Sent: the person asking now has your contact details. Thank you!
network-share-already = You had already said you can help.
network-knows-ask = Whom do you know? Type a name, role or method. I will look in the partner directory.
network-knows-none = I found nobody in the directory. Try another name or role, or stop with /cancel.
network-knows-pick = Tap the colleague you recommend:
network-write-ask = Type your answer (at most { $max } characters). Do not name a client. You can stop with /cancel.
network-answer-length = Your answer is empty or too long (at most { $max } characters). Please try again.
network-answer-passed-on = Passed on to the person asking. Thank you!
network-answer-can-help =
    <b>Someone can help</b> with your question “{ $question }”:
    { $who }
network-answer-knows =
    <b>A tip</b> for your question “{ $question }”. { $who }
    recommends this colleague:
    { $colleague }
network-answer-text =
    <b>Answer</b> to your question “{ $question }”:
    { $answer }
    — { $who }
settings-network-on = 🤝 You get network questions from colleagues (at most 3 a week).
settings-network-off = 🔕 You get no network questions.
button-network-off = 🔕 Turn network questions off
button-network-on = 🤝 Turn network questions on
mydata-answer-can_help = "I can help"
mydata-answer-knows_someone = "I know someone"
report-network-none = <b>Network questions</b>: none in the last { $days } days.
report-network-header = <b>Network questions</b> (last { $days } days): { $asked } asked, { $answered } answered, { $solved } solved
report-network-first-answer = The first answer came after { $hours } hours (median).
report-network-topics = About: { $topics }

# ---- the action agenda (issue 35) ----
cmd-action = Propose an action
cmd-actions = Your actions and your coalition's
cmd-workgroups = Your coalition's workgroups
cmd-stand = Where things stand
actions-title-empty = I see no words. Type a short title.
actions-title-too-long = That is too long: at most { $max } characters. Please shorten it.
actions-bsn = This looks like a citizen service number. Never put client details in an action. I have stored nothing.
actions-details = Your text mentions { $words }. An action is about the work, never about a client: leave that out and try again. I have stored nothing.
actions-not-member = Actions and workgroups are for members of a coalition. Ask your coordinator for an invitation.
actions-usage = Type your action after /action, for example: /action Start CenteringPregnancy in Venray #Pregnancy by 31-03-2027. # picks a workgroup, by a due date; both may be left out.
actions-choose-coalition = Which coalition is this action for?
actions-due-unknown = I don't understand the date “{ $text }”. Write it as 31-03-2027.
actions-workgroup-unknown = I know no workgroup “{ $name }”. See /workgroups.
actions-proposed = Your action is on the action agenda of { $coalition }. You own it; set its status when something changes.
actions-coalition = <b>Action agenda of { $coalition }</b>: { $counts }. See /progress for where things stand.
actions-own-none = You have no open actions. Propose one with /action.
actions-status-set = Status: { $status }
actions-status-idea = 💡 idea
actions-status-in_progress = 🔧 in progress
actions-status-stuck = ⛔ stuck
actions-status-done = ✅ done
actions-status-stopped = ⏹ stopped
actions-card-status = Status: { $status }
actions-card-workgroup = Workgroup: { $workgroup }
actions-card-due = Due: { $date }
actions-card-overdue = Due: { $date } (overdue)
actions-card-last = Latest news: { $text }
workgroups-none = { $coalition } has no workgroups yet. A coordinator starts one with: /workgroups new Name: goal
workgroups-header = <b>Workgroups of { $coalition }</b>
workgroups-line = <b>{ $name }</b> ({ $count ->
        [one] 1 member
       *[other] { $count } members
    })
workgroups-goal = Goal: { $goal }
workgroups-you = You are in it.
button-workgroup-join = ➕ Join { $name }
button-workgroup-leave = ➖ Leave { $name }
workgroups-coordinators-only = Only a coordinator can start a workgroup.
workgroups-new-usage = To start a workgroup: /workgroups new Name: goal
workgroups-added = Workgroup { $name } of { $coalition } is in. You lead it.
workgroups-exists = { $coalition } already has a workgroup { $name }.
workgroups-joined = You joined { $name }.
workgroups-left = You left { $name }.
stand-header = <b>Where { $coalition } stands</b> since { $since }
stand-counts = Actions: { $counts }
stand-done = <b>Done ({ $count })</b>
stand-under-way = <b>In progress ({ $count })</b>
stand-stuck = <b>Stuck ({ $count })</b>
stand-next = <b>Next steps ({ $count })</b>
stand-overdue = (overdue)
stand-empty = No actions yet. Propose one with /action.
stand-since-unknown = I don't understand the date “{ $text }”. Write it as 01-09-2026.
audit-workgroup-add = Workgroup started: { $subject }
audit-workgroup-join = Workgroup: a member joined { $subject }
audit-workgroup-leave = Workgroup: a member left { $subject }
audit-action-propose = Action proposed: { $subject }
audit-action-owner = Action: an owner added to { $subject }
audit-action-status = Status of action { $subject }: { $detail }
actions-owners-only = Only this action's owners and the coordinators can change it.
actions-owner-added = You own this action too now.
actions-news-ask = What is the news about “{ $title }”? Type it in one sentence (at most { $max } characters), or /cancel.
actions-news-kept = Thank you, your news is with the action.
actions-news-cancelled = All right, I added nothing.
button-action-own = 🙋 I'll help carry it
button-action-news = ✏️ Add news
actions-rhythm-coordinators-only = Only a coordinator sets when owners of actions are asked how it goes.
actions-rhythm-usage = To set it: /actions rhythm monthly (each month from the 1st), or /actions rhythm 15-03-2027 (in the week before that meeting).
actions-rhythm-monthly = Owners of open actions of { $coalitions } are asked how it goes each month from the 1st.
actions-rhythm-meeting = Owners of open actions of { $coalitions } are asked how it goes in the week before { $date }.
actions-round-ask = 📋 <b>How is your action going?</b> Tap its status, or add a sentence of news. That way the progress report writes itself.
actions-round-reminder = 📋 A reminder, the only one: how is your action going?
actions-round-overdue = ⏰ The due date has passed. Is the action done, or does it need a new date? Tell your coordinator.
audit-action-rhythm = Rhythm of the status question: { $detail }
stand-pdf-coordinators-only = The progress report as a document is for coordinators. Everyone sees it in chat with /progress.
stand-pdf-caption = Where { $coalition } stands, to send on to the steering group.
stand-pdf-title = Progress report
stand-pdf-since = Since { $date }
stand-pdf-made = made on { $date }
stand-pdf-counts = Actions per workgroup and status
stand-pdf-workgroup = Workgroup
stand-pdf-no-workgroup = (no workgroup)
stand-pdf-all = All actions
stand-pdf-chart = Actions done per month
stand-pdf-nothing = Nothing in this period.
stand-pdf-late = overdue
stand-pdf-due = due
stand-pdf-done = Done in this period
stand-pdf-under-way = In progress
stand-pdf-stuck = Stuck
stand-pdf-next = Next steps
button-action-agenda = 📌 On the drop-in's agenda
actions-agenda-item = Action: { $title } ({ $status })
actions-on-agenda = The action is on the agenda of the drop-in of { $date }.
actions-already-on-agenda = This action is on the next drop-in's agenda already.
miniapp-tab-actions = Actions
miniapp-actions-owners-only = Only this action's owners and the coordinators can change it.
miniapp-actions-filter-workgroup = Workgroup
miniapp-actions-filter-status = Status
miniapp-actions-filter-open = Open
miniapp-actions-mine = Only my actions
miniapp-actions-overdue = Only overdue
miniapp-actions-none = No actions found. Propose one in the chat with /action.
miniapp-actions-owners = Owners: { $owners }
miniapp-actions-due = Due { $date }
miniapp-actions-late = overdue
miniapp-actions-history = History
miniapp-actions-change = Change status
miniapp-actions-saved = Status saved.
miniapp-workgroups-title = Workgroups
miniapp-workgroups-members = Members: { $count }
miniapp-workgroups-join = Join
miniapp-workgroups-leave = Leave
miniapp-workgroups-none = No workgroups yet.
miniapp-admin-stand = Progress
miniapp-stand-since = Since
miniapp-stand-done = Done
miniapp-stand-under-way = In progress
miniapp-stand-stuck = Stuck
miniapp-stand-next = Next steps
miniapp-stand-overdue = Overdue: { $count }
miniapp-stand-pdf = As a PDF: type /progress pdf in the chat.
cmd-examples = Your coalition's practice examples
button-action-share = 📣 Share as a practice example
actions-share-owners-only = Only the owners of an action that is done can share it.
actions-shared = Shared: colleagues now find the action with /examples and with network questions on the same topic.
actions-share-waits = Your consent is in. The action is shared once all its owners agreed.
examples-none = No practice examples found. The owners of an action that is done can share it.
examples-header = <b>Practice examples</b> ({ $count })
network-examples = Practice examples from your coalition on the same topic:
audit-action-shared = Action shared as a practice example: { $subject }
miniapp-stand-chart = Actions done per month
miniapp-stand-month = Month
miniapp-stand-workgroups = Actions per workgroup and status
miniapp-stand-no-workgroup = (no workgroup)
