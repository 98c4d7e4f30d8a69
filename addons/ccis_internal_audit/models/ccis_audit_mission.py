from odoo import _, api, fields, models
from odoo.exceptions import UserError, ValidationError

from ..tools.recommendation import FINAL

SEQUENCE_CODE = 'ccis.audit.mission'


class CcisAuditMission(models.Model):
    """An internal audit mission of the yearly plan, on one or more units of the chamber or
    on a process: numbered per year at creation, followed from planning to its report and
    closed once every recommendation it issued is verified or rejected."""
    _name = 'ccis.audit.mission'
    _inherit = ['mail.thread', 'mail.activity.mixin']
    _description = 'Internal Audit Mission'
    _order = 'date_planned_start desc, name desc, id desc'
    _rec_name = 'title'

    name = fields.Char('Number', readonly=True, copy=False, index=True)
    title = fields.Char('Title', required=True, track_visibility='onchange')
    plan_id = fields.Many2one(
        'ccis.audit.plan', 'Audit Plan', required=True, index=True, ondelete='restrict',
        track_visibility='onchange', domain="[('state', '!=', 'closed')]")
    year = fields.Integer('Year', related='plan_id.year', store=True, index=True,
                          readonly=True)
    kind_id = fields.Many2one('ccis.audit.mission.kind', 'Mission Type', required=True,
                              index=True, ondelete='restrict', track_visibility='onchange')
    unit_ids = fields.Many2many(
        'hr.department', 'ccis_audit_mission_unit_rel', 'mission_id', 'unit_id',
        'Audited Units', track_visibility='onchange',
        help='Units (departments, services, annexes) covered by the mission; their staff see the mission and '
             'follow up its recommendations.')
    process = fields.Char('Audited Process',
                          help='Cross-functional process audited (purchasing, collection of dues, issuance '
                               'of certificates of origin...).')
    auditor_ids = fields.Many2many(
        'res.users', 'ccis_audit_mission_auditor_rel', 'mission_id', 'user_id', 'Auditors',
        domain=lambda self: [('groups_id', 'in', self.env.ref('ccis_base.group_ccis_audit').id)])
    lead_auditor_id = fields.Many2one('res.users', 'Mission Leader', index=True,
                                      track_visibility='onchange')
    date_planned_start = fields.Date('Planned Start', required=True, index=True,
                                     track_visibility='onchange')
    date_planned_end = fields.Date('Planned End', required=True, track_visibility='onchange')
    date_start = fields.Date('Actual Start', copy=False, track_visibility='onchange')
    date_report = fields.Date('Report Date', copy=False, index=True,
                              track_visibility='onchange')
    date_closed = fields.Date('Closing Date', copy=False, readonly=True)
    state = fields.Selection([
        ('planned', 'Planned'),
        ('in_progress', 'In Progress'),
        ('report', 'Report Issued'),
        ('closed', 'Concluded'),
    ], 'State', default='planned', required=True, index=True, copy=False,
        track_visibility='onchange', group_expand='_group_expand_states')
    scope = fields.Text('Scope')
    objectives = fields.Text('Objectives')
    conclusion = fields.Text('General Conclusion')
    finding_ids = fields.One2many('ccis.audit.finding', 'mission_id', 'Findings')
    recommendation_ids = fields.One2many('ccis.audit.recommendation', 'mission_id',
                                         'Recommendations')
    finding_count = fields.Integer('Number of Findings', compute='_compute_counts')
    recommendation_count = fields.Integer('Number of Recommendations',
                                          compute='_compute_counts')
    recommendation_done_count = fields.Integer('Implemented Recommendations',
                                               compute='_compute_counts')
    color = fields.Integer('Color')

    _sql_constraints = [
        ('name_unique', 'unique(name)', 'The number of an audit mission must be unique.'),
    ]

    @api.depends('finding_ids', 'recommendation_ids.state')
    def _compute_counts(self):
        for mission in self:
            mission.finding_count = len(mission.finding_ids)
            mission.recommendation_count = len(mission.recommendation_ids)
            mission.recommendation_done_count = len(mission.recommendation_ids.filtered(
                lambda r: r.state in ('implemented', 'verified')))

    @api.model
    def _group_expand_states(self, states, domain, order):
        return [key for key, _label in self._fields['state'].selection]

    @api.constrains('date_planned_start', 'date_planned_end', 'plan_id')
    def _check_dates(self):
        for mission in self:
            label = mission.display_name
            if mission.date_planned_end < mission.date_planned_start:
                raise ValidationError(_(
                    'Mission %s: the planned end ("Planned End" field) cannot be before the planned start.') % label)
            if fields.Date.from_string(mission.date_planned_start).year != mission.plan_id.year:
                raise ValidationError(_(
                    'Mission %s: the planned start ("Planned Start" field) must fall within the year of the '
                    'audit plan (%s).') % (label, mission.plan_id.year))

    @api.constrains('unit_ids', 'process')
    def _check_object(self):
        for mission in self:
            if not mission.unit_ids and not mission.process:
                raise ValidationError(_(
                    'Mission %s: specify the audited units ("Audited Units" field) or the audited process '
                    '("Audited Process" field).') % mission.display_name)

    @api.multi
    def name_get(self):
        return [(mission.id, ' – '.join(filter(None, [mission.name, mission.title])))
                for mission in self]

    @api.model
    def name_search(self, name='', args=None, operator='ilike', limit=100):
        if name:
            args = ['|', ('name', operator, name), ('title', operator, name)] + (args or [])
            return self.search(args, limit=limit).name_get()
        return super(CcisAuditMission, self).name_search(name, args, operator, limit)

    @api.model
    def create(self, vals):
        plan = self.env['ccis.audit.plan'].browse(vals.get('plan_id'))
        if plan.state == 'closed':
            raise UserError(_('Audit plan "%s": it is closed; no more missions can be added to it ("Audit '
                              'Plan" field).') % plan.name)
        if plan and not vals.get('name'):
            # the sequences are admin-only: the right to create the mission is the ORM's
            vals['name'] = self.env['ir.sequence'].sudo().with_context(
                ir_sequence_date='%s-01-01' % plan.year).next_by_code(SEQUENCE_CODE)
        return super(CcisAuditMission, self).create(vals)

    @api.multi
    def unlink(self):
        # the user's right first: a refusal says so, not a business rule
        self.check_access_rights('unlink')
        self.check_access_rule('unlink')
        for mission in self:
            if mission.state != 'planned' or mission.finding_ids:
                raise UserError(_(
                    'Mission %s: only a planned mission without findings can be deleted.') % mission.display_name)
        return super(CcisAuditMission, self).unlink()

    # actions

    @api.multi
    def action_start(self):
        for mission in self:
            if mission.state != 'planned':
                raise UserError(_('Mission %s: only a planned mission can start.')
                                % mission.display_name)
            if mission.plan_id.state != 'approved':
                raise UserError(_('Mission %s: the audit plan "%s" must be approved by the management before '
                                  'its missions start.')
                                % (mission.display_name, mission.plan_id.name))
        today = fields.Date.context_today(self)
        for mission in self:
            mission.write({'state': 'in_progress', 'date_start': mission.date_start or today})
        return True

    @api.multi
    def action_issue_report(self):
        """Issue the report: the mission's recommendations are issued on the report's date
        and their owners are told (they follow them)."""
        for mission in self:
            if mission.state != 'in_progress':
                raise UserError(_('Mission %s: only a mission in '
                                  'progress can issue its report.') % mission.display_name)
            missing = []
            if not mission.finding_ids:
                missing.append(_('Findings'))
            if not mission.conclusion:
                missing.append(_('General Conclusion'))
            if missing:
                raise UserError(_('Mission %s: to fill in before '
                                  'issuing the report: %s.') % (mission.display_name, ', '.join(missing)))
        today = fields.Date.context_today(self)
        for mission in self:
            date_report = mission.date_report or today
            mission.write({'state': 'report', 'date_report': date_report})
            recommendations = mission.recommendation_ids.filtered(lambda r: not r.date_issued)
            recommendations.write({'date_issued': date_report})
            for recommendation in recommendations.filtered('user_id'):
                recommendation.message_subscribe_users(user_ids=recommendation.user_id.ids)
        return True

    @api.multi
    def action_close(self):
        for mission in self:
            if mission.state != 'report':
                raise UserError(_('Mission %s: only a mission whose '
                                  'report is issued can be closed.') % mission.display_name)
            pending = mission.recommendation_ids.filtered(lambda r: r.state not in FINAL)
            if pending:
                raise UserError(_(
                    'Mission %s: %s recommendation(s) are neither verified nor rejected; the mission is '
                    'closed once all its recommendations are settled.')
                    % (mission.display_name, len(pending)))
        self.write({'state': 'closed', 'date_closed': fields.Date.context_today(self)})
        return True

    @api.multi
    def action_view_recommendations(self):
        self.ensure_one()
        action = self.env.ref('ccis_internal_audit.ccis_audit_recommendation_action').read()[0]
        action['domain'] = [('mission_id', '=', self.id)]
        action['context'] = {'default_mission_id': self.id}
        return action
