"""The Mini App's API: the routes of the members' and the coordinators' endpoints. Each
request says who is asking with Telegram's signed initData (access.py); the answers come from
the same storage and rules as the chat's handlers."""

from aiohttp import web

from handlers.miniapp.coordinators import CoordinatorEndpoints
from handlers.miniapp.members import MemberEndpoints
from handlers.miniapp.partners_admin import IMPORT_PATH, DirectoryAdminEndpoints
from handlers.miniapp.reports import ReportEndpoints
from rules.miniapp import MAX_REQUEST_BYTES
from rules.partner_csv import MAX_FILE_BYTES

# The most a request body may hold, per path: only the CSV import takes a file.
BODY_LIMITS = {IMPORT_PATH: MAX_FILE_BYTES}


def body_limit(path: str) -> int:
    return BODY_LIMITS.get(path, MAX_REQUEST_BYTES)


class MiniAppApi(MemberEndpoints, CoordinatorEndpoints, DirectoryAdminEndpoints, ReportEndpoints):
    def routes(self) -> list[web.RouteDef]:
        return [
            web.get("/api/me", self.me),
            web.get("/api/search", self.search),
            web.get("/api/dropin", self.dropins),
            web.post("/api/dropin/rsvp", self.rsvp),
            web.post("/api/dropin/calendar", self.calendar),
            web.get("/api/listing", self.listing),
            web.post("/api/listing", self.save_listing),
            # coordinators and admins only
            web.get("/api/coverage", self.coverage),
            web.get("/api/pending", self.pending),
            web.post("/api/review", self.review),
            web.get("/api/stale", self.stale),
            web.post("/api/listing-action", self.listing_action),
            web.get("/api/manage/listings", self.manage_search),
            web.post("/api/manage/edit", self.edit_listing),
            web.post(IMPORT_PATH, self.import_csv),
            web.post("/api/manage/export", self.export_csv),
            web.get("/api/reports", self.reports),
            web.get("/api/reports/csv", self.report_csv),
            web.post("/api/reports/send", self.send_report_csv),
            web.get("/api/audit", self.audit),
        ]
