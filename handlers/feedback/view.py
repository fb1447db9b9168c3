"""How a feedback request is shown: the deep link of a meeting and the QR code of an event link
(segno). The reports on the answers live in handlers/reports/."""

import io

PROJECTOR_PIXELS = 1000  # the QR code is at least this wide: readable from the back row


def qr_png(link: str) -> bytes:
    """The link as a QR code PNG, large and with a quiet zone, for a projector."""
    import segno  # only when a coordinator makes an event

    code = segno.make(link, error="m")
    width, _ = code.symbol_size(scale=1, border=4)
    buffer = io.BytesIO()
    code.save(buffer, kind="png", scale=max(1, -(-PROJECTOR_PIXELS // width)), border=4)
    return buffer.getvalue()


def deep_link(bot_username: str, code: str) -> str:
    return f"https://t.me/{bot_username}?start=fb_{code}"
