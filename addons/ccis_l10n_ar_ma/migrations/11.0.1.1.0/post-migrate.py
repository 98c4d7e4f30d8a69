"""11.0.1.1.0: the suite's sources became English (French in fr.po). Partners and users left
in Odoo's en_US default saw French until then; they keep French (hooks.set_french_default)."""
from odoo import SUPERUSER_ID, api

from odoo.addons.ccis_l10n_ar_ma.hooks import set_french_default


def migrate(cr, version):
    if version:
        set_french_default(api.Environment(cr, SUPERUSER_ID, {}))
