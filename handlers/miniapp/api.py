"""The Mini App's API: the routes of the members' and the coordinators' endpoints. Each
request says who is asking with Telegram's signed initData (access.py); the answers come from
the same storage and rules as the chat's handlers."""

from aiohttp import web

from handlers.miniapp.coordinators import CoordinatorEndpoints
from handlers.miniapp.members import MemberEndpoints


class MiniAppApi(MemberEndpoints, CoordinatorEndpoints):
    def routes(self) -> list[web.RouteDef]:
        return [
            web.get("/api/me", self.me),
            web.get("/api/search", self.search),
            web.get("/api/dropin", self.dropins),
            web.post("/api/dropin/rsvp", self.rsvp),
            web.post("/api/dropin/calendar", self.calendar),
            web.get("/api/coverage", self.coverage),
            web.get("/api/pending", self.pending),
            web.post("/api/review", self.review),
            web.get("/api/stale", self.stale),
            web.post("/api/listing-action", self.listing_action),
            web.get("/api/listing", self.listing),
            web.post("/api/listing", self.save_listing),
        ]
