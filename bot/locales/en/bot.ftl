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
    /start – welcome and your coalitions
    /help – this overview
help-coordinator =
    <b>As a coordinator</b> (of { $coalitions }) you can also:
    /invite – make an invite link for new members
    /partners – manage the partner list: approve registrations, import (send a .csv file), export
help-admin =
    <b>As an administrator</b> you have every right in every coalition.
    On the server: <code>python -m bot coalition add</code> and <code>python -m bot invite</code>.

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
    This is how you get into the partner directory. I ask you six short questions. You can stop at any time with /cancel.
    Only members of the coalition see your details, and only after the coordinator has approved your registration.
register-editing = You are in the directory already. Let us go through your details; tap “Keep” to leave something as it is.
register-ask-name = 1/6 What is your name?
register-ask-organisation = 2/6 Which organisation do you work for? Self-employed? Type the name of your practice.
register-ask-role = 3/6 What is your role? Choose or type it.
register-ask-municipality = 4/6 In which municipality do you work? Choose or type it.
register-ask-contact = 5/6 How can colleagues reach you? Type your phone number and/or e-mail address.
register-current = Now: { $value }
register-bad-text = That is too long or empty. Please try again ({ $limit } characters at most).
register-bad-contact = I found no valid phone number or e-mail address. For example: 06 12345678 or name@practice.nl
register-bsn = This looks like a citizen service number (BSN). Do not put client data in the bot. Please try again.
register-confirm =
    6/6 This is how you will be listed:

    { $card }

    Do you agree that members of { $coalition } see these details and use them to reach you? You can change them later with /register.
button-consent-yes = Yes, list me
button-consent-no = No
button-keep = Keep
register-done = Thank you! Your registration is now waiting for the coordinator's approval. You will be told.
register-cancelled = Stopped. Nothing was saved.
register-new-for-coordinator = New registration for the partner directory of <b>{ $coalition }</b>:
