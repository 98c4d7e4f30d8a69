from odoo import _, api, fields, models
from odoo.exceptions import UserError

RISK_LEVELS = [
    ('low', 'Faible'),
    ('medium', 'Moyen'),
    ('high', 'Élevé'),
    ('critical', 'Critique'),
]


class CcisAuditFinding(models.Model):
    """What the auditors found during a mission: the fact, the criterion it departs from
    (law, procedure, budget...), the risk it carries and the evidence."""
    _name = 'ccis.audit.finding'
    _description = "Constat d'audit"
    _order = 'mission_id, sequence, id'

    sequence = fields.Integer('Séquence', default=10)
    mission_id = fields.Many2one('ccis.audit.mission', 'Mission', required=True, index=True,
                                 ondelete='cascade')
    mission_state = fields.Selection(related='mission_id.state', string='État de la mission',
                                     readonly=True)
    name = fields.Char('Constat', required=True)
    description = fields.Text('Description')
    criterion = fields.Text('Critère (référentiel)',
                            help="Texte, procédure ou règle de gestion auquel le constat est "
                                 "comparé.")
    risk_level = fields.Selection(RISK_LEVELS, 'Niveau de risque', required=True,
                                  default='medium', index=True)
    unit_id = fields.Many2one('hr.department', 'Unité concernée', index=True,
                              ondelete='restrict')
    evidence_ids = fields.Many2many(
        'ir.attachment', 'ccis_audit_finding_attachment_rel', 'finding_id', 'attachment_id',
        'Pièces probantes')
    recommendation_ids = fields.One2many('ccis.audit.recommendation', 'finding_id',
                                         'Recommandations')

    @api.multi
    def write(self, vals):
        self._check_mission_open()
        return super(CcisAuditFinding, self).write(vals)

    @api.multi
    def unlink(self):
        self._check_mission_open()
        return super(CcisAuditFinding, self).unlink()

    def _check_mission_open(self):
        for finding in self:
            if finding.mission_id.state == 'closed':
                raise UserError(_(
                    "Constat « %s » : la mission %s est clôturée ; ses constats ne changent "
                    "plus.") % (finding.name, finding.mission_id.display_name))
