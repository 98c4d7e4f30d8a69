# Copyright 2026 CCIS Suite
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""11.0.1.2.0: the scheduled dormancy proposal commits each batch of members (its record is
``noupdate``: only its code is brought up to date, if nobody changed it)."""


def migrate(cr, version):
    if not version:
        return
    cr.execute("""
        UPDATE ir_act_server SET code = 'model._cron_propose_dormancy(commit=True)'
         WHERE code = 'model._cron_propose_dormancy()'
           AND id IN (SELECT c.ir_actions_server_id FROM ir_cron c
                        JOIN ir_model_data d ON d.model = 'ir.cron' AND d.res_id = c.id
                       WHERE d.module = 'ccis_member'
                         AND d.name = 'ir_cron_ccis_member_propose_dormancy')""")
