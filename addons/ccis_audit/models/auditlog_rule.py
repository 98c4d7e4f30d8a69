from odoo import api, models

from odoo.addons.ccis_base.models.ccis_lock_mixin import CHATTER_PREFIXES

# what a creation log leaves out: the fields left empty
EMPTY = (False, None, '', [])


class AuditlogRule(models.Model):
    """The suite's use of the OCA audit log: what a log line holds, and the rules of the
    suite's models (data/auditlog_rule_data.xml), subscribed at each update and their "View
    logs" action shown to the audit service only."""

    _inherit = 'auditlog.rule'

    @api.model
    def get_auditlog_fields(self, model):
        """Stored fields, but not the chatter and activities (they keep their own history),
        binaries (images and files would be copied in the log), one-to-many lists (their
        records have rules of their own when they matter) nor fields restricted to groups
        (``signup_token``: a secret; the OCA addon reads them as the user who creates, who may
        not see them)."""
        return [name for name in super(AuditlogRule, self).get_auditlog_fields(model)
                if not name.startswith(CHATTER_PREFIXES) and not model._fields[name].groups
                and model._fields[name].type not in ('binary', 'one2many')]

    def _create_log_line_on_create(self, log, fields_list, new_values):
        """A creation logs the values given, not every empty field of the model."""
        values = new_values.get(log.res_id, {})
        filled = [name for name in fields_list if values.get(name) not in EMPTY]
        return super(AuditlogRule, self)._create_log_line_on_create(log, filled, new_values)

    @api.model
    def _ccis_subscribe(self, xmlids):
        """Subscribe the rules ``xmlids`` (once), their "View logs" action for the audit
        service only."""
        rules = self.browse([self.env.ref(xmlid).id for xmlid in xmlids])
        rules.filtered(lambda rule: rule.state != 'subscribed').subscribe()
        rules.mapped('action_id').write({
            'name': 'Journal d\'audit',
            'groups_id': [(6, 0, self.env.ref('ccis_base.group_ccis_audit').ids)],
        })
        return True
