"""The Mini App's directory: the same search as /zoek over the listed partners of the person's
coalitions, with filters and their counts; and the rows the dashboard shows of a listing."""

from typing import Any

from aiohttp import web

from handlers.core.web import WebRoutes, reply
from handlers.directory import role_shown, searchable_coalitions
from rules.contacts import tappable_phone
from rules.experience_vocabulary import experience_vocabulary
from rules.introductions import Domain
from rules.miniapp import MAX_QUERY_CHARS, facet_counts
from rules.roles_vocabulary import role_vocabulary
from rules.texts import Catalogue
from storage.partners.rows import Partner
from storage.partners.search import SEARCH_LIMIT

SHOWN = 50  # listings in one answer; the counts cover all matches


class DirectoryEndpoints(WebRoutes):
    def routes(self) -> list[web.RouteDef]:
        return [web.get("/api/search", self.search)]

    async def search(self, request: web.Request) -> web.Response:
        """The same search as /zoek over the listed partners of the person's coalitions; with
        no text, every listing. Filters narrow what is shown; the counts beside each filter
        are of the matches before that filter."""
        asking = await self._access.asking(request)
        context = asking.context
        text = request.query.get("q", "").strip()[:MAX_QUERY_CHARS]
        coalitions = await searchable_coalitions(context)
        language = context.language
        domains = domain_labels(context.t)
        suggestion = None
        if text:
            found = await context.db.partner_search.find(coalitions, text)
            suggestion = found.did_you_mean
            full = {p.id: listing_row(p, language, domains) for p in found.partners}
            rows = list(full.values())
        else:  # everything: count on light rows, read whole ones only for what is shown
            full = {}
            rows = [
                _facet_row(k, language, domains)
                for k in await context.db.partners.listed_keys(coalitions)
            ]
        chosen = {k: request.query.get(k, "") for k in ("role", "domain", "municipality")}
        facets = {}
        for key in chosen:
            others = [r for r in rows if _passes(r, chosen, skip=key)]
            labels = {r[key]: r[f"{key}Label"] for r in others}
            facets[key] = [
                {"value": value, "label": labels[value], "count": count}
                for value, count in facet_counts(r[key] for r in others)
            ]
        matching = [r["id"] for r in rows if _passes(r, chosen)]
        if not text:
            wanted = await context.db.partners.get_many(matching[:SHOWN])
            full = {p.id: listing_row(p, language, domains) for p in wanted}
        shown = [full[i] for i in matching[:SHOWN] if i in full]
        for row in shown:  # formatting a number costs: only for what is shown
            row["phoneShown"] = tappable_phone(row["phone"]) if row["phone"] else ""
        return reply(
            {
                "count": len(matching),
                "results": shown,
                "facets": facets,
                "limited": bool(text) and len(rows) >= SEARCH_LIMIT,
                "didYouMean": suggestion,
            }
        )


def domain_labels(t: Catalogue) -> dict[Domain, str]:
    """The domains' names in the reader's language, once per request (listing_row reads them)."""
    return {d: t(f"intro-domain-{d.value}") for d in Domain}


def listing_row(partner: Partner, language: str, domains: dict[Domain, str]) -> dict[str, Any]:
    data = partner.data
    domain = role_vocabulary().domain_of(partner.role_key)
    return {
        "id": partner.id,
        "name": data.name,
        "organisation": data.organisation,
        "role": partner.role_key,
        "roleLabel": role_shown(partner, language),
        "domain": domain.value if domain else "",
        "domainLabel": domains[domain] if domain else "",
        "municipality": data.municipality,
        "municipalityLabel": data.municipality,
        "neighbourhood": data.neighbourhood,
        "phone": data.phone,
        "email": data.email,
        "website": data.website,
        "experience": experience_vocabulary().shown(data.experience, language),
    }


def _facet_row(
    key: tuple[int, str, str, str], language: str, domains: dict[Domain, str]
) -> dict[str, Any]:
    partner_id, role_key, role, municipality = key
    domain = role_vocabulary().domain_of(role_key)
    return {
        "id": partner_id,
        "role": role_key,
        "roleLabel": role_vocabulary().display(role_key, language, role),
        "domain": domain.value if domain else "",
        "domainLabel": domains[domain] if domain else "",
        "municipality": municipality,
        "municipalityLabel": municipality,
    }


def _passes(row: dict[str, Any], chosen: dict[str, str], skip: str = "") -> bool:
    return all(not value or key == skip or row[key] == value for key, value in chosen.items())
