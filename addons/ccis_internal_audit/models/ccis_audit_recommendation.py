from odoo import _, api, fields, models
from odoo.exceptions import AccessError, UserError, ValidationError

from ..tools import recommendation as rules

AUDIT = 'ccis_base.group_ccis_audit'
DIRECTION = 'ccis_base.group_ccis_direction'
PRIORITIES = [
    ('0', 'Low'),
    ('1', 'Average'),
    ('2', 'High Priority'),
]
# what the owner unit may change on its recommendations (the rest belongs to the audit)
UNIT_FIELDS = {
    'state', 'date_done', 'implementation_note', 'evidence_ids', 'user_id',
    'late_activity_done', 'color', 'activity_ids', 'message_follower_ids',
    'message_ids', 'message_main_attachment_id',
}


class CcisAuditRecommendation(models.Model):
    """A recommendation of an audit mission, owned by a unit and a person, with a deadline,
    followed by its status until the audit verifies it (or rejects it as not applicable)."""
    _name = 'ccis.audit.recommendation'
    _inherit = ['mail.thread', 'mail.activity.mixin']
    _description = 'Audit Recommendation'
    _order = 'date_deadline, priority desc, id'

    name = fields.Text('Recommendation', required=True, track_visibility='onchange')
    finding_id = fields.Many2one('ccis.audit.finding', 'Finding', index=True,
                                 ondelete='restrict',
                                 domain="[('mission_id', '=', mission_id)]")
    mission_id = fields.Many2one('ccis.audit.mission', 'Mission', required=True, index=True,
                                 ondelete='restrict', track_visibility='onchange')
    year = fields.Integer('Year', related='mission_id.year', store=True, index=True,
                          readonly=True)
    priority = fields.Selection(PRIORITIES, 'Priority', required=True, default='1',
                                index=True, track_visibility='onchange')
    user_id = fields.Many2one('res.users', 'Responsible', index=True,
                              track_visibility='onchange',
                              help='Person in charge of implementing the recommendation.')
    unit_id = fields.Many2one('hr.department', 'Responsible Unit', required=True, index=True,
                              ondelete='restrict', track_visibility='onchange')
    site_id = fields.Many2one('ccis.site', 'Site', related='unit_id.site_id', store=True,
                              index=True, readonly=True)
    date_issued = fields.Date('Issue Date', index=True, copy=False, readonly=True,
                              help='Report date of the mission that issued the recommendation.')
    date_deadline = fields.Date('Due Date', required=True, index=True,
                                track_visibility='onchange')
    state = fields.Selection([
        ('open', 'Open'),
        ('in_progress', 'In Progress'),
        ('implemented', 'Implemented'),
        ('verified', 'Verified'),
        ('rejected', 'Rejected / Not Applicable'),
    ], 'Standing', default='open', required=True, index=True, copy=False,
        track_visibility='onchange', group_expand='_group_expand_states')
    is_late = fields.Boolean('Overdue', compute='_compute_is_late', search='_search_is_late')
    date_done = fields.Date('Implemented On', copy=False, track_visibility='onchange')
    implementation_note = fields.Text('Implementation: Actions and Evidence', copy=False)
    evidence_ids = fields.Many2many(
        'ir.attachment', 'ccis_audit_recommendation_attachment_rel', 'recommendation_id',
        'attachment_id', 'Implementation Evidence', copy=False)
    date_verified = fields.Date('Verified On', readonly=True, copy=False)
    verified_by_id = fields.Many2one('res.users', 'Verified By', readonly=True, copy=False)
    rejection_reason = fields.Text('Rejection Reason', copy=False)
    late_activity_done = fields.Boolean(
        'Overdue Reminder Created', readonly=True, copy=False,
        help='An activity was created for the responsible person when the due date was passed (only once per '
             'due date).')
    color = fields.Integer('Color')

    def _compute_is_late(self):
        today = fields.Date.context_today(self)
        for recommendation in self:
            recommendation.is_late = rules.is_late(
                recommendation.state, recommendation.date_deadline or None, today)

    def _search_is_late(self, operator, value):
        domain = self._late_domain(fields.Date.context_today(self))
        if (operator == '=') == bool(value):
            return domain
        return ['!'] + domain

    @api.model
    def _late_domain(self, today):
        return ['&', ('state', 'in', list(rules.PENDING)), ('date_deadline', '<', today)]

    @api.model
    def _group_expand_states(self, states, domain, order):
        return [key for key, _label in self._fields['state'].selection]

    @api.multi
    def name_get(self):
        result = []
        for recommendation in self:
            text = (recommendation.name or '').split('\n')[0]
            if len(text) > 80:
                text = text[:77] + '...'
            result.append((recommendation.id, text))
        return result

    @api.constrains('finding_id', 'mission_id')
    def _check_finding(self):
        for recommendation in self:
            if recommendation.finding_id \
                    and recommendation.finding_id.mission_id != recommendation.mission_id:
                raise ValidationError(_(
                    'Recommendation "%s": the finding ("Finding" '
                    'field) must belong to mission %s.') % (recommendation.display_name,
                                                            recommendation.mission_id.display_name))

    @api.constrains('date_done', 'date_deadline', 'date_issued')
    def _check_dates(self):
        for recommendation in self:
            issued = recommendation.date_issued
            if issued and recommendation.date_deadline < issued:
                raise ValidationError(_(
                    'Recommendation "%s": the due date ("Due Date" '
                    'field) cannot be before the issue date (%s).') % (recommendation.display_name, issued))

    # CRUD

    def _is_auditor(self):
        return self.env.user._is_superuser() or self.env.user.has_group(AUDIT)

    @api.model
    def create(self, vals):
        if vals.get('finding_id') and not vals.get('mission_id'):
            vals['mission_id'] = self.env['ccis.audit.finding'].browse(
                vals['finding_id']).mission_id.id
        mission = self.env['ccis.audit.mission'].browse(vals.get('mission_id'))
        if mission.state == 'closed':
            raise UserError(_('Mission %s: it is closed; no more '
                              'recommendations can be added to it.') % mission.display_name)
        if mission.state == 'report' and not vals.get('date_issued'):
            vals['date_issued'] = mission.date_report
        return super(CcisAuditRecommendation, self).create(vals)

    @api.multi
    def write(self, vals):
        """The owner unit updates the status of its recommendations (and the closure:
        date and evidence); the rest, and verifying, rejecting or reopening, is the audit's.
        Checks every record first, then writes."""
        auditor = self._is_auditor()
        if not auditor and self.env.user.has_group(DIRECTION):
            # the direction reads every recommendation (its units cover the whole chamber)
            # and updates only those it owns itself
            others = self.filtered(lambda r: r.user_id != self.env.user)
            if others:
                raise AccessError(_(
                    'Recommendation "%s": the management views the recommendations; their follow-up is up to '
                    'their owner ("Responsible" field) and the audit department.') % others[0].display_name)
        if 'state' in vals:
            self._check_transition(vals, auditor)
        if not auditor:
            refused = sorted(set(vals) - UNIT_FIELDS)
            if refused:
                labels = [self._fields[name].get_description(self.env)['string']
                          for name in refused if name in self._fields]
                raise UserError(_(
                    'Recommendation "%s": only the audit department modifies %s; the responsible unit '
                    'updates the status and the implementation.')
                    % (self[:1].display_name, ', '.join('« %s »' % label for label in labels)))
            closed = self.filtered(lambda r: r.state in rules.FINAL)
            if closed:
                raise UserError(_(
                    'Recommendation "%s": it is verified or rejected; the responsible unit can no longer '
                    'modify it.') % closed[0].display_name)
        if 'date_deadline' in vals:
            vals = dict(vals, late_activity_done=False)
        return super(CcisAuditRecommendation, self).write(vals)

    def _check_transition(self, vals, auditor):
        labels = dict(self._fields['state']._description_selection(self.env))
        new = vals['state']
        for recommendation in self:
            old = recommendation.state
            if not rules.transition_allowed(old, new, auditor):
                raise UserError(_(
                    'Recommendation "%s": the change of status from "%s" to "%s" is not allowed%s.') % (
                    recommendation.display_name, labels[old], labels[new],
                    '' if auditor else _(' for the responsible unit (it is up to the audit department)')))
            if new == 'implemented' and old != new:
                missing = []
                if not vals.get('date_done', recommendation.date_done):
                    missing.append(_('Implemented On'))
                if not vals.get('implementation_note', recommendation.implementation_note):
                    missing.append(_('Implementation: Actions and Evidence'))
                if missing:
                    raise UserError(_(
                        'Recommendation "%s": to fill in to '
                        'declare it implemented: %s.') % (recommendation.display_name, ', '.join(missing)))
            if new == 'rejected' and old != new \
                    and not vals.get('rejection_reason', recommendation.rejection_reason):
                raise UserError(_(
                    'Recommendation "%s": enter the rejection '
                    'reason ("Rejection Reason" field).') % recommendation.display_name)

    @api.multi
    def unlink(self):
        # the user's right first: a refusal says so, not a business rule
        self.check_access_rights('unlink')
        self.check_access_rule('unlink')
        for recommendation in self:
            if recommendation.date_issued:
                raise UserError(_(
                    'Recommendation "%s": a recommendation issued by a report cannot be deleted; reject it '
                    'as not applicable.')
                    % recommendation.display_name)
        return super(CcisAuditRecommendation, self).unlink()

    # actions

    @api.multi
    def action_start(self):
        self.write({'state': 'in_progress'})
        return True

    @api.multi
    def action_implement(self):
        """The owner unit declares the recommendation implemented (today, unless the date
        was given); its actions and evidence must be described."""
        today = fields.Date.context_today(self)
        for recommendation in self:
            recommendation.write({'state': 'implemented',
                                  'date_done': recommendation.date_done or today})
        return True

    @api.multi
    def action_verify(self):
        self.write({'state': 'verified', 'date_verified': fields.Date.context_today(self),
                    'verified_by_id': self.env.user.id})
        return True

    @api.multi
    def action_send_back(self):
        """The audit finds the implementation insufficient: back to in progress."""
        self.write({'state': 'in_progress'})
        return True

    @api.multi
    def action_reject(self):
        self.write({'state': 'rejected'})
        return True

    @api.multi
    def action_reopen(self):
        self.write({'state': 'open', 'rejection_reason': False})
        return True

    # scheduled action

    @api.model
    def _cron_late_activities(self, today=None):
        """One activity for the owner of each late recommendation (else the manager of its
        unit, else the auditor who wrote it), once per deadline (``late_activity_done``,
        cleared when the deadline moves), all in one batch."""
        today = today or fields.Date.context_today(self)
        late = self.search(self._late_domain(today) + [('late_activity_done', '=', False),
                                                       ('date_issued', '!=', False)])
        self.env['mail.activity']._ccis_schedule_todos(
            late, lambda rec, text=_('Overdue Recommendation: %s'): text % rec.display_name,
            note=lambda rec, text=_('<p>The recommendation of mission %s was to be implemented by %s.</p>'): text % (
                rec.mission_id.display_name, rec.date_deadline),
            deadline=lambda rec: today)
        late.write({'late_activity_done': True})
        return True
