"""The agent's use cases (open a chat, reply, accept, transfer, close, coupons, tickets, search,
suggestions), async and Qt-free. They drive the store, the sync client and the intent engine and
broadcast one `Changes` value per write through plain callbacks; `app.ui` listens to it.
"""
