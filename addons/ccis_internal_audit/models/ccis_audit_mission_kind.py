from odoo import fields, models


class CcisAuditMissionKind(models.Model):
    """A kind of audit mission (conformity, financial, performance audit, management
    control, follow-up...): data the audit service edits."""
    _name = 'ccis.audit.mission.kind'
    _description = "Type de mission d'audit"
    _order = 'sequence, name'

    sequence = fields.Integer('Séquence', default=10)
    name = fields.Char('Type de mission', required=True, translate=True)
    code = fields.Char('Code')
    description = fields.Text('Description', translate=True)
    active = fields.Boolean('Actif', default=True)

    _sql_constraints = [
        ('name_unique', 'unique(name)', "Le nom d'un type de mission d'audit doit être unique."),
    ]
