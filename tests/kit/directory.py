"""The test kit: directory helpers that tests and benchmarks share."""

from datetime import timedelta

from rules.partner_csv import parse_csv
from tests.conftest import ADMIN_ID
from tests.fake_telegram import FakeTelegram, User
from tests.harness import RunningBot


async def join(running: RunningBot, fake: FakeTelegram, coalition_id: int, name: str) -> User:
    invite = await running.db.invites.create(
        coalition_id, role="member", max_uses=1, valid_for=timedelta(days=1), created_by=ADMIN_ID
    )
    user = fake.user(name)
    await fake.ask(user, f"/start join_{invite.code}")
    return user


async def directory(running: RunningBot) -> tuple[int, int]:
    nml = await running.db.coalitions.add(
        slug="nml", name="Noord-Limburg", municipalities=["Venlo"], timezone="Europe/Amsterdam"
    )
    other = await running.db.coalitions.add(
        slug="heumen", name="Heumen", municipalities=["Heumen"], timezone="Europe/Amsterdam"
    )
    rows = [p for _, p in parse_csv(VENLO_CSV).rows]
    await running.db.partner_import.import_rows(nml.id, rows, added_by=None)
    return nml.id, other.id


VENLO_CSV = (
    "naam;organisatie;rol;gemeente;wijk;telefoon;email;website;trefwoorden\n"
    "Zoë Hendriks;Verloskundigenpraktijk Venlo-Noord;Verloskundige;Venlo;Blerick;"
    "077-3512345;zoe@vk-venlo.nl;www.vk-venlo.nl;zwangerschap, echo\n"
    "Bram Peeters;De Kraamvogel;Kraamverzorgende;Venlo;;06-12345678;;;\n"
    "Fatima el Amrani;JGZ Limburg-Noord;Jeugdverpleegkundige;Gemeente Venlo;;;f.elamrani@jgz.nl;;"
    "consultatiebureau\n"
    "Henk Janssen;Huisartsenpraktijk Beesel;Huisarts;Beesel;;077-4741234;;;\n"
    "Ingrid Smeets;Vivent;Verloskundige;Peel en Maas;;;ingrid@vivent.nl;;\n"
    "Karin Willems;Synthese;Schuldhulpverlener;Venlo;;;karin@synthese.nl;;budget\n"
    "Lotte Verbeek;Wijkteam Venlo-Zuid;Sociaal team;Venlo;Zuid;;lotte@venlo.nl;;\n"
    "Marieke Gerrits;Kraamzorg Limburg;Kraamzorg;Venlo;;;info@kraam.nl;;"
    "samenwerking verloskundige\n"
).encode("cp1252")


def spreadsheet(lines: int) -> bytes:
    """A coordinator's spreadsheet of `lines` people in short columns (50,000 lines stay
    under the 2 MiB a file may have, so the bot takes the file and reads it)."""
    rows = ["Naam;Rol;Gemeente;Telefoon"]
    rows += [f"Naam {n};verloskundige;Venlo;06{n:08d}" for n in range(lines)]
    return ("\n".join(rows) + "\n").encode("utf-8")
