"""Drop-in reminders as an outbox: a reminder is decided once (sending or dropped), with one
delivery row per chat, each taken before it is sent and marked after. So a restart, a crash
or a second copy of the bot never sends a reminder to a chat twice."""

from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

from rules.clock import from_iso, to_iso
from storage.connection import SharedConnection

DeliveryStatus = Literal["pending", "sending", "sent", "failed", "dropped"]


@dataclass(frozen=True)
class Delivery:
    coalition_id: int
    reminder: str
    occurrence: date
    starts_at: datetime
    chat_id: int


class ReminderRepository:
    def __init__(self, db: SharedConnection) -> None:
        self._db = db

    async def decided(self, starting_after: datetime) -> set[tuple[int, str]]:
        """(coalition, reminder) already sent or dropped, for calls starting after the moment."""
        rows = await self._db.connection.execute_fetchall(
            "SELECT coalition_id, reminder FROM reminders WHERE starts_at > ?",
            (to_iso(starting_after),),
        )
        return {(int(row[0]), str(row[1])) for row in rows}

    async def sent_to(self, coalition_id: int, reminder: str) -> list[int]:
        """The people (private chats) this reminder reached."""
        rows = await self._db.connection.execute_fetchall(
            "SELECT chat_id FROM reminder_deliveries WHERE coalition_id = ? AND reminder = ?"
            " AND status = 'sent' AND chat_id > 0 ORDER BY chat_id",
            (coalition_id, reminder),
        )
        return [int(row[0]) for row in rows]

    async def claim(
        self,
        coalition_id: int,
        reminder: str,
        occurrence: date,
        starts_at: datetime,
        chat_ids: list[int],
    ) -> bool:
        """Decide to send: the reminder and a pending delivery per chat, in one transaction.
        False when it was decided before (by this bot earlier, or by another copy)."""
        now = to_iso(self._db.clock.now())
        async with self._db.transaction() as conn:
            cursor = await conn.execute(
                "INSERT OR IGNORE INTO reminders"
                " (coalition_id, reminder, occurrence, starts_at, status, decided_at)"
                " VALUES (?, ?, ?, ?, 'sending', ?)",
                (coalition_id, reminder, occurrence.isoformat(), to_iso(starts_at), now),
            )
            if cursor.rowcount == 0:
                return False
            await conn.executemany(
                "INSERT INTO reminder_deliveries (coalition_id, reminder, chat_id, status,"
                " updated_at) VALUES (?, ?, ?, 'pending', ?)",
                [(coalition_id, reminder, chat_id, now) for chat_id in dict.fromkeys(chat_ids)],
            )
            return True

    async def drop(
        self, coalition_id: int, reminder: str, occurrence: date, starts_at: datetime
    ) -> bool:
        """Decide not to send (its moment and the call have passed); True the first time."""
        async with self._db.transaction() as conn:
            cursor = await conn.execute(
                "INSERT OR IGNORE INTO reminders"
                " (coalition_id, reminder, occurrence, starts_at, status, decided_at)"
                " VALUES (?, ?, ?, ?, 'dropped', ?)",
                (
                    coalition_id,
                    reminder,
                    occurrence.isoformat(),
                    to_iso(starts_at),
                    to_iso(self._db.clock.now()),
                ),
            )
            return cursor.rowcount > 0

    async def _deliveries(self, status: DeliveryStatus) -> list[Delivery]:
        rows = await self._db.connection.execute_fetchall(
            "SELECT d.coalition_id, d.reminder, r.occurrence, r.starts_at, d.chat_id"
            " FROM reminder_deliveries d JOIN reminders r"
            " ON r.coalition_id = d.coalition_id AND r.reminder = d.reminder"
            " WHERE d.status = ? ORDER BY r.starts_at, d.coalition_id, d.chat_id",
            (status,),
        )
        return [
            Delivery(int(r[0]), str(r[1]), date.fromisoformat(r[2]), from_iso(r[3]), int(r[4]))
            for r in rows
        ]

    async def pending(self) -> list[Delivery]:
        return await self._deliveries("pending")

    async def in_flight(self) -> list[Delivery]:
        """Taken but never marked: the bot stopped while sending these."""
        return await self._deliveries("sending")

    async def take(self, delivery: Delivery) -> bool:
        """pending → sending; False when someone else took it first."""
        return await self._move(delivery, "pending", "sending", None)

    async def finish(
        self, delivery: Delivery, status: DeliveryStatus, message_id: int | None = None
    ) -> None:
        await self._move(delivery, None, status, message_id)

    async def _move(
        self,
        delivery: Delivery,
        from_status: DeliveryStatus | None,
        to_status: DeliveryStatus,
        message_id: int | None,
    ) -> bool:
        condition = " AND status = ?" if from_status else ""
        now = to_iso(self._db.clock.now())
        args: tuple[object, ...] = (
            to_status,
            message_id,
            now,
            delivery.coalition_id,
            delivery.reminder,
            delivery.chat_id,
        )
        async with self._db.transaction() as conn:
            cursor = await conn.execute(
                "UPDATE reminder_deliveries SET status = ?,"
                " message_id = COALESCE(?, message_id), updated_at = ?"
                " WHERE coalition_id = ? AND reminder = ? AND chat_id = ?" + condition,
                args + ((from_status,) if from_status else ()),
            )
            return cursor.rowcount > 0
