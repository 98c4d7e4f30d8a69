from odoo import _, api, fields, models
from odoo.exceptions import UserError, ValidationError

from ..tools import project as rules

MILESTONE_STATES = [
    ('planned', 'Planned'),
    ('reached', 'Achieved'),
    ('cancelled', 'Cancelled'),
]


class CcisProjectMilestone(models.Model):
    """A milestone of a structuring project (studies approved, financing agreement signed,
    works started, reception, opening...): a planned date, the date it was actually reached
    and a state. A late milestone raises one activity for the project manager."""
    _name = 'ccis.project.milestone'
    _inherit = ['mail.thread', 'mail.activity.mixin']
    _description = 'Structuring Project Milestone'
    _order = 'project_id, date_planned, sequence, id'
    _ccis_unit_scope = ['project_id.unit_id']

    sequence = fields.Integer('Sequence', default=10)
    name = fields.Char('Milestone', required=True, track_visibility='onchange')
    project_id = fields.Many2one(
        'project.project', 'Structuring Project', required=True, index=True, ondelete='cascade',
        domain=[('ccis_kind_id', '!=', False)])
    unit_id = fields.Many2one('hr.department', 'Unit', related='project_id.unit_id',
                              store=True, index=True, readonly=True)
    site_id = fields.Many2one('ccis.site', 'Site', related='project_id.unit_id.site_id',
                              store=True, index=True, readonly=True)
    kind_id = fields.Many2one('ccis.structuring.project.kind', 'Project Type',
                              related='project_id.ccis_kind_id', store=True, readonly=True)
    user_id = fields.Many2one('res.users', 'Project Manager', related='project_id.user_id',
                              readonly=True)
    date_planned = fields.Date('Planned Date', required=True, index=True,
                               track_visibility='onchange')
    date_reached = fields.Date('Date Reached', index=True, copy=False, readonly=True,
                               track_visibility='onchange')
    state = fields.Selection(MILESTONE_STATES, 'State', default='planned', required=True,
                             index=True, copy=False, track_visibility='onchange')
    is_late = fields.Boolean('Overdue', compute='_compute_is_late', search='_search_is_late')
    late_activity_done = fields.Boolean(
        'Overdue Reminder Created', readonly=True, copy=False,
        help='An activity was created for the project manager when the milestone passed its planned date '
             '(only once per milestone).')
    note = fields.Text('Observations')

    def _compute_is_late(self):
        today = fields.Date.context_today(self)
        for milestone in self:
            milestone.is_late = rules.is_late(milestone.date_planned, milestone.state, today)

    def _search_is_late(self, operator, value):
        domain = self._late_domain(fields.Date.context_today(self))
        if (operator == '=') == bool(value):
            return domain
        return ['!'] + domain

    @api.model
    def _late_domain(self, today):
        return ['&', ('state', '=', 'planned'), ('date_planned', '<', today)]

    @api.constrains('project_id')
    def _check_project(self):
        # as superuser: checked before the record rules decide on a new milestone
        for milestone in self.sudo():
            if not milestone.project_id.ccis_kind_id:
                raise ValidationError(_(
                    'Milestone "%s": project "%s" (field "Structuring '
                    'Project") is not a structuring project.') % (milestone.name, milestone.project_id.name))

    @api.constrains('state', 'date_reached')
    def _check_date_reached(self):
        for milestone in self.sudo():
            if milestone.state == 'reached' and not milestone.date_reached:
                raise ValidationError(_(
                    'Milestone "%s": a reached milestone must have '
                    'its date reached (field "Date Reached").') % milestone.name)
            if milestone.state != 'reached' and milestone.date_reached:
                raise ValidationError(_(
                    'Milestone "%s": only a reached milestone has a '
                    'date reached (field "Date Reached").') % milestone.name)

    @api.multi
    def action_reach(self, date=None):
        """Mark the milestones reached on ``date`` (default: today)."""
        for milestone in self:
            if milestone.state != 'planned':
                raise UserError(_('Milestone "%s": only a planned '
                                  'milestone can be marked as reached.') % milestone.name)
        self.write({'state': 'reached',
                    'date_reached': date or fields.Date.context_today(self)})
        return True

    @api.multi
    def action_cancel(self):
        for milestone in self:
            if milestone.state != 'planned':
                raise UserError(_('Milestone "%s": only a planned milestone can be cancelled.')
                                % milestone.name)
        self.write({'state': 'cancelled'})
        return True

    @api.multi
    def action_replan(self):
        for milestone in self:
            if milestone.state == 'planned':
                raise UserError(_('Milestone "%s": the milestone is already planned.') % milestone.name)
        self.write({'state': 'planned', 'date_reached': False, 'late_activity_done': False})
        return True

    @api.model
    def _cron_late_activities(self, today=None):
        """One activity for the project manager of each late milestone of a project in
        progress, once per milestone (the flag ``late_activity_done``), in one batch."""
        today = today or fields.Date.context_today(self)
        milestones = self.search(self._late_domain(today) + [
            ('late_activity_done', '=', False),
            ('project_id.ccis_state', 'not in', ('suspended', 'closed'))])
        Activity = self.env['mail.activity']
        Activity._ccis_schedule_todos(
            milestones, lambda milestone, text=_('Late milestone: %s'): text % milestone.name,
            note=lambda milestone, text=_('<p>Milestone "%s" of project "%s" '
                                          'was planned for %s.</p>'): text % (
                milestone.name, milestone.project_id.name, milestone.date_planned),
            user=lambda milestone: Activity._ccis_responsible_of(milestone.project_id),
            deadline=lambda milestone: today)
        milestones.write({'late_activity_done': True})
        return True
