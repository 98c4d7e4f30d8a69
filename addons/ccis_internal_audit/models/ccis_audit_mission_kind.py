from odoo import fields, models


class CcisAuditMissionKind(models.Model):
    """A kind of audit mission (conformity, financial, performance audit, management
    control, follow-up...): data the audit service edits."""
    _name = 'ccis.audit.mission.kind'
    _description = 'Audit Mission Type'
    _order = 'sequence, name'

    sequence = fields.Integer('Sequence', default=10)
    name = fields.Char('Mission Type', required=True, translate=True)
    code = fields.Char('Code')
    description = fields.Text('Description', translate=True)
    active = fields.Boolean('Active', default=True)

    _sql_constraints = [
        ('name_unique', 'unique(name)', 'The name of an audit mission type must be unique.'),
    ]
