"""Telegram bot for Dutch Kansrijke Start coalitions."""
