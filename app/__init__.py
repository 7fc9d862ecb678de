"""KefuDesk: the desktop workbench for customer-service agents of 卡盟 shops."""

__version__ = "0.1.0"
