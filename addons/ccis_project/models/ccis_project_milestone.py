from odoo import _, api, fields, models
from odoo.exceptions import UserError, ValidationError

from ..tools import project as rules

MILESTONE_STATES = [
    ('planned', 'Prévu'),
    ('reached', 'Atteint'),
    ('cancelled', 'Annulé'),
]


class CcisProjectMilestone(models.Model):
    """A milestone of a structuring project (studies approved, financing agreement signed,
    works started, reception, opening...): a planned date, the date it was actually reached
    and a state. A late milestone raises one activity for the project manager."""
    _name = 'ccis.project.milestone'
    _inherit = ['mail.thread', 'mail.activity.mixin']
    _description = 'Jalon de projet structurant'
    _order = 'project_id, date_planned, sequence, id'
    _ccis_unit_scope = ['project_id.unit_id']

    sequence = fields.Integer('Séquence', default=10)
    name = fields.Char('Jalon', required=True, track_visibility='onchange')
    project_id = fields.Many2one(
        'project.project', 'Projet', required=True, index=True, ondelete='cascade',
        domain=[('ccis_kind_id', '!=', False)])
    unit_id = fields.Many2one('hr.department', 'Unité', related='project_id.unit_id',
                              store=True, index=True, readonly=True)
    site_id = fields.Many2one('ccis.site', 'Site', related='project_id.unit_id.site_id',
                              store=True, index=True, readonly=True)
    kind_id = fields.Many2one('ccis.structuring.project.kind', 'Type de projet',
                              related='project_id.ccis_kind_id', store=True, readonly=True)
    user_id = fields.Many2one('res.users', 'Chef de projet', related='project_id.user_id',
                              readonly=True)
    date_planned = fields.Date('Date prévue', required=True, index=True,
                               track_visibility='onchange')
    date_reached = fields.Date('Date atteinte', index=True, copy=False, readonly=True,
                               track_visibility='onchange')
    state = fields.Selection(MILESTONE_STATES, 'État', default='planned', required=True,
                             index=True, copy=False, track_visibility='onchange')
    is_late = fields.Boolean('En retard', compute='_compute_is_late', search='_search_is_late')
    late_activity_done = fields.Boolean(
        'Relance de retard créée', readonly=True, copy=False,
        help="Une activité a été créée pour le chef de projet quand le jalon a dépassé sa date "
             "prévue (une seule fois par jalon).")
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
                    "Jalon « %s » : le projet « %s » (champ « Projet ») n'est pas un projet "
                    "structurant.") % (milestone.name, milestone.project_id.name))

    @api.constrains('state', 'date_reached')
    def _check_date_reached(self):
        for milestone in self.sudo():
            if milestone.state == 'reached' and not milestone.date_reached:
                raise ValidationError(_(
                    "Jalon « %s » : un jalon atteint doit avoir sa date atteinte (champ « Date "
                    "atteinte »).") % milestone.name)
            if milestone.state != 'reached' and milestone.date_reached:
                raise ValidationError(_(
                    "Jalon « %s » : seul un jalon atteint a une date atteinte (champ « Date "
                    "atteinte »).") % milestone.name)

    @api.multi
    def action_reach(self, date=None):
        """Mark the milestones reached on ``date`` (default: today)."""
        for milestone in self:
            if milestone.state != 'planned':
                raise UserError(_("Jalon « %s » : seul un jalon prévu peut être marqué "
                                  "atteint.") % milestone.name)
        self.write({'state': 'reached',
                    'date_reached': date or fields.Date.context_today(self)})
        return True

    @api.multi
    def action_cancel(self):
        for milestone in self:
            if milestone.state != 'planned':
                raise UserError(_("Jalon « %s » : seul un jalon prévu peut être annulé.")
                                % milestone.name)
        self.write({'state': 'cancelled'})
        return True

    @api.multi
    def action_replan(self):
        for milestone in self:
            if milestone.state == 'planned':
                raise UserError(_("Jalon « %s » : le jalon est déjà prévu.") % milestone.name)
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
            milestones, lambda milestone: _('Jalon en retard : %s') % milestone.name,
            note=lambda milestone: _("<p>Le jalon « %s » du projet « %s » était prévu le "
                                     "%s.</p>") % (milestone.name, milestone.project_id.name,
                                                   milestone.date_planned),
            user=lambda milestone: Activity._ccis_responsible_of(milestone.project_id),
            deadline=lambda milestone: today)
        milestones.write({'late_activity_done': True})
        return True
