from odoo import _, api, fields, models
from odoo.exceptions import UserError

RISK_LEVELS = [
    ('low', 'Low'),
    ('medium', 'Medium'),
    ('high', 'High'),
    ('critical', 'Critical'),
]


class CcisAuditFinding(models.Model):
    """What the auditors found during a mission: the fact, the criterion it departs from
    (law, procedure, budget...), the risk it carries and the evidence."""
    _name = 'ccis.audit.finding'
    _description = 'Audit Finding'
    _order = 'mission_id, sequence, id'

    sequence = fields.Integer('Sequence', default=10)
    mission_id = fields.Many2one('ccis.audit.mission', 'Mission', required=True, index=True,
                                 ondelete='cascade')
    mission_state = fields.Selection(related='mission_id.state', string='Mission Status',
                                     readonly=True)
    name = fields.Char('Finding', required=True)
    description = fields.Text('Description')
    criterion = fields.Text('Criterion (Reference Framework)',
                            help='Text, procedure or management rule against which the finding is compared.')
    risk_level = fields.Selection(RISK_LEVELS, 'Risk Level', required=True,
                                  default='medium', index=True)
    unit_id = fields.Many2one('hr.department', 'Unit Concerned', index=True,
                              ondelete='restrict')
    evidence_ids = fields.Many2many(
        'ir.attachment', 'ccis_audit_finding_attachment_rel', 'finding_id', 'attachment_id',
        'Supporting Evidence')
    recommendation_ids = fields.One2many('ccis.audit.recommendation', 'finding_id',
                                         'Recommendations')

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
                    'Finding "%s": mission %s is closed; its '
                    'findings can no longer change.') % (finding.name, finding.mission_id.display_name))
