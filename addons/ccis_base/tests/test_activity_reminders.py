from odoo.tests.common import SavepointCase


class TestActivityReminders(SavepointCase):
    """The suite's one path for reminders: a to-do activity per record, for the person in
    charge (the record's agent, else its unit's manager, else its creator)."""

    @classmethod
    def setUpClass(cls):
        super(TestActivityReminders, cls).setUpClass()
        cls.Activity = cls.env['mail.activity']
        cls.manager = cls.env['res.users'].create({'name': 'Chef test rappel',
                                                   'login': 'ccis_reminder_manager'})
        employee = cls.env['hr.employee'].create({'name': 'Chef test rappel',
                                                  'user_id': cls.manager.id})
        cls.unit = cls.env['hr.department'].create({'name': 'Unité test rappel',
                                                    'manager_id': employee.id})
        cls.note_with_unit = cls.env['ccis.unit.note'].create({
            'name': 'Note test rappel', 'unit_id': cls.unit.id})

    def test_one_todo_per_record_for_the_unit_manager(self):
        notes = self.note_with_unit | self.note_with_unit.copy({'name': 'Seconde note'})
        activities = self.Activity._ccis_schedule_todos(
            notes, lambda note: 'Relire : %s' % note.name,
            note=lambda note: '<p>%s</p>' % note.name, deadline=lambda note: '2031-05-04')
        self.assertEqual(len(activities), 2)
        self.assertEqual(activities.mapped('res_id'), notes.ids)
        self.assertEqual(set(activities.mapped('res_model')), {'ccis.unit.note'})
        self.assertEqual(activities.mapped('user_id'), self.manager)
        self.assertEqual(set(activities.mapped('date_deadline')), {'2031-05-04'})
        self.assertEqual(sorted(activities.mapped('summary')),
                         ['Relire : Note test rappel', 'Relire : Seconde note'])
        self.assertEqual(activities.mapped('activity_type_id'),
                         self.env.ref('mail.mail_activity_data_todo'))

    def test_given_user_and_creator_fallback(self):
        activity = self.Activity._ccis_schedule_todos(
            self.note_with_unit, lambda note: 'À voir', user=lambda note: self.env.user)
        self.assertEqual(activity.user_id, self.env.user)
        partner = self.env['res.partner'].create({'name': 'Sans unité'})
        activity = self.Activity._ccis_schedule_todos(partner, lambda p: 'À voir')
        self.assertEqual(activity.user_id, partner.create_uid)

    def test_nothing_to_remind(self):
        self.assertFalse(self.Activity._ccis_schedule_todos(
            self.env['ccis.unit.note'], lambda note: 'x'))

    def test_skip_open_activities_of_the_type(self):
        notes = self.note_with_unit | self.note_with_unit.copy({'name': 'Seconde note'})
        call_type = self.env.ref('mail.mail_activity_data_call')
        first = self.Activity._ccis_schedule_todos(
            self.note_with_unit, lambda note: 'Appeler', activity_type=call_type)
        self.assertEqual(first.activity_type_id, call_type)
        # a to-do on the second note is not an open activity of the type
        self.Activity._ccis_schedule_todos(notes[1], lambda note: 'À voir')
        self.assertEqual(self.Activity._ccis_without_open_activity(notes, call_type),
                         notes[1])
        second = self.Activity._ccis_schedule_todos(
            notes, lambda note: 'Appeler', activity_type=call_type, skip_open=True)
        self.assertEqual(second.mapped('res_id'), notes[1].ids)

    def test_nobody_to_act_skips_the_record(self):
        self.assertFalse(self.Activity._ccis_schedule_todos(
            self.note_with_unit, lambda note: 'x', user=lambda note: self.env['res.users']))
