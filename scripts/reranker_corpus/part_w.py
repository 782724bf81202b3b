"""Careers and working life conversations with paraphrased questions for re-ranker training  (written for audio_rag; original text)"""

CONVERSATIONS = {
    "w_interview_cardiac_nurse": {
        "turns": [
            (
                "chair",
                "Good morning, and thanks for coming in. I'm Dr Okafor, I chair the panel, and this is Helen, the matron for the cardiology ward. Could you start by telling us why you applied for this post?",
            ),
            (
                "candidate",
                "I've spent four years on a general surgical ward in Leeds, and I want to specialise. My grandfather had a bypass here in 2019, and the way the team explained things to our family stayed with me.",
            ),
            ("matron", "That's kind of you. Tell us about a time you disagreed with a doctor."),
            (
                "candidate",
                "Last winter a junior doctor wanted to discharge a patient whose oxygen levels kept dipping at night. I'd seen it on three night shifts in a row, so I asked him to look at the overnight charts before signing anything. He was irritated at first, but he kept her in for two more days, and she turned out to have a small pulmonary embolism.",
            ),
            ("chair", "And how did you raise it? Directly with him?"),
            (
                "candidate",
                "Directly, yes, but calmly and at the nurses' station rather than in front of the patient. If he'd refused, I'd have gone to the registrar.",
            ),
            ("matron", "Good. How do you handle a shift where you're two nurses short?"),
            (
                "candidate",
                "Honestly, I prioritise ruthlessly. Medications and observations come first, then I tell the nurse in charge straight away what I can't safely cover. I'd rather flag it at eight in the morning than at four in the afternoon.",
            ),
            ("chair", "Right."),
            (
                "matron",
                "The ward runs twelve and a half hour shifts, including nights every fourth week. Is that a problem?",
            ),
            (
                "candidate",
                "No. I currently do nights one week in three, so that's actually lighter.",
            ),
            ("chair", "Do you have any questions for us?"),
            (
                "candidate",
                "What does the preceptorship for cardiac monitoring look like, and is there funding for the coronary care course?",
            ),
            (
                "matron",
                "New starters get six weeks supernumerary on the monitors with a named mentor. The course costs about £1,400, and the trust pays for it once you've passed your probation, which is six months.",
            ),
            ("candidate", "That's really helpful, thank you."),
            (
                "chair",
                "Thank you. We'll let you know by Friday, by phone first and then in writing.",
            ),
        ],
    },
    "w_interview_junior_developer": {
        "turns": [
            (
                "interviewer",
                "Hi Sam, can you hear me okay? Great. I'm Priya, engineering lead at Routewise. We build scheduling software for delivery fleets. No live coding today, that's the second stage.",
            ),
            ("candidate", "Hi Priya, yes, loud and clear."),
            ("interviewer", "So your CV says you did a bootcamp. Tell me about that."),
            (
                "candidate",
                "It was a sixteen week course in Manchester, which I finished last March. Before that I was a warehouse shift manager for five years, so I've actually used software like yours from the other side.",
            ),
            ("interviewer", "Oh, interesting. What did you think of it?"),
            (
                "candidate",
                "The one we had was painful. Drivers got their routes at six in the morning and half of them had to be redone by hand because the system didn't know about roadworks.",
            ),
            (
                "interviewer",
                "Ha, that's exactly what we're fixing. Tell me about a project you're proud of.",
            ),
            (
                "candidate",
                "My final bootcamp project was a rota app for a food bank. It lets volunteers swap shifts on their phones, and it's still being used by about 60 volunteers in Salford.",
            ),
            ("interviewer", "What stack was that?"),
            (
                "candidate",
                "Python with Django on the back end and plain JavaScript on the front. I chose Django because my team had only three weeks and it gave us the admin pages for free.",
            ),
            ("interviewer", "Fair enough. What's something that went wrong on it?"),
            (
                "candidate",
                "We didn't write tests until the last week, and a time zone bug meant shifts showed an hour late after the clocks changed. I learnt to write tests from day one after that.",
            ),
            (
                "interviewer",
                "Good answer. Now, the role is hybrid, two days a week in our Leeds office. Does that work for you?",
            ),
            ("candidate", "Yes, the train from Manchester is about fifty minutes, so that's fine."),
            ("interviewer", "And salary expectations?"),
            (
                "candidate",
                "The advert said twenty-eight to thirty-two thousand, and I'd be comfortable in that range.",
            ),
            (
                "interviewer",
                "Great. Next step is a ninety minute pairing session with two of our developers.",
            ),
            ("candidate", "Sounds good."),
            ("interviewer", "Any questions for me?"),
            ("candidate", "What does support for juniors look like in the first year?"),
            (
                "interviewer",
                "Every junior gets a mentor and a fortnightly one to one. You'd spend your first month fixing small bugs rather than building new features.",
            ),
        ],
    },
    "w_coaching_teacher_leaving": {
        "turns": [
            (
                "coach",
                "Hi Maria, good to hear from you again. Last time we left it with you researching learning design roles. How did that go?",
            ),
            (
                "client",
                "Better than I expected. I spoke to three people on LinkedIn who'd left teaching, and two of them work in corporate training now.",
            ),
            ("coach", "What did they say about the move?"),
            (
                "client",
                "Mostly that the first year is a pay cut. One of them, Daniel, went from about £42,000 as a head of year to £34,000 as a junior learning designer at a bank.",
            ),
            ("coach", "How do you feel about that?"),
            (
                "client",
                "Honestly, a bit sick. I've got a mortgage, and I've been teaching geography for eleven years.",
            ),
            (
                "coach",
                "That's understandable. Can I ask what's driving the change, underneath the money?",
            ),
            (
                "client",
                "It's the marking and the evenings. I haven't had a Sunday off in term time since 2017.",
            ),
            (
                "coach",
                "Right. So one option is a full jump, and another is something in between. Have you thought about staying in education but outside the classroom?",
            ),
            ("client", "You mean exam boards, that kind of thing?"),
            (
                "coach",
                "Exam boards, educational publishers, or the online course providers. They value classroom experience, and the pay drop tends to be smaller.",
            ),
            ("client", "I hadn't considered publishers at all. That's interesting."),
            (
                "coach",
                "For the next fortnight, I'd like you to build two sample pieces. One short e-learning module, ten minutes long, and one revision guide page, so you can show both styles.",
            ),
            ("client", "What software should I use for the module?"),
            (
                "coach",
                "Articulate Rise has a free thirty day trial, which is plenty for one module. Don't buy anything yet.",
            ),
            ("client", "Okay. And should I tell my head teacher?"),
            (
                "coach",
                "Not yet. Wait until you have an offer, because you'd need to resign by the end of October to leave at Christmas anyway.",
            ),
            ("client", "Fair. So the next call is in two weeks?"),
            ("coach", "Yes, same time, the Thursday after half term."),
        ],
    },
    "w_coaching_career_returner": {
        "turns": [
            (
                "coach",
                "Welcome to your first session, Aisha. Before we start, tell me a bit about where you are.",
            ),
            (
                "caller",
                "So I was a management accountant at a builders' merchant for nine years, then I stopped when my twins were born. They start school in September, and I've been out for six years now.",
            ),
            ("coach", "Six years. And what's worrying you most about going back?"),
            (
                "caller",
                "That the whole job has changed. When I left we were still on spreadsheets for everything, and now every advert mentions cloud systems I've never touched.",
            ),
            ("coach", "Which ones?"),
            ("caller", "Xero mostly, and Power BI."),
            (
                "coach",
                "Xero's actually quick to learn. They run free online training and a certification that takes about a weekend. Power BI is a bigger job, so I'd leave it for now.",
            ),
            ("caller", "Okay, that's a relief."),
            ("coach", "Have you heard of returnships?"),
            ("caller", "Vaguely. Aren't they just unpaid internships for older people?"),
            (
                "coach",
                "Good ones aren't. They're paid, usually sixteen weeks, and most lead to a permanent job. Two of the big accountancy firms in Birmingham run them, with applications closing in May.",
            ),
            (
                "caller",
                "Birmingham's an hour each way for me, though. With school pick-up at three, that's not going to work five days a week.",
            ),
            (
                "coach",
                "Then let's be clear about what you need. What hours could you realistically do?",
            ),
            ("caller", "Twenty-five hours, ideally over four days, nine till half two."),
            (
                "coach",
                "That's a reasonable ask, and plenty of smaller firms would take it. Locally, who's near you?",
            ),
            (
                "caller",
                "There's a big agricultural co-op ten minutes away. They advertised a part-time finance role last year.",
            ),
            (
                "coach",
                "Then I'd write to them directly, even without a vacancy. On your CV, don't hide the gap. Put one line saying career break for family, with the dates, and move on.",
            ),
            ("caller", "Not explain it more?"),
            ("coach", "No. One line is enough, and recruiters see it all the time."),
        ],
    },
    "w_salary_offer_designer": {
        "turns": [
            (
                "recruiter",
                "Hi Tom, it's Grace from Hollin Health. I've got good news. The panel would like to offer you the senior product designer role.",
            ),
            ("candidate", "That's brilliant, thank you. I really enjoyed meeting the team."),
            (
                "recruiter",
                "So the offer is a base salary of £52,000, 25 days holiday plus bank holidays, and a 6% employer pension contribution.",
            ),
            (
                "candidate",
                "Thanks. I'm really keen, but I'd hoped the base would be higher. My current package is £50,500, and I'd be giving up a bonus that paid out about £3,000 last year.",
            ),
            ("recruiter", "Okay. What number did you have in mind?"),
            (
                "candidate",
                "I was thinking £58,000. That's roughly in line with what the salary surveys show for senior designers in Bristol.",
            ),
            (
                "recruiter",
                "I'll be honest, that's above the band. The band tops out at £56,000, and we keep the top for people who've been here a while.",
            ),
            ("candidate", "I understand. Is there any flexibility elsewhere, then?"),
            ("recruiter", "What matters most to you?"),
            (
                "candidate",
                "Probably time. I'm doing a part-time master's next year, and I'd need some study days.",
            ),
            ("recruiter", "Let me take that back to the hiring manager. I can't promise anything."),
            ("candidate", "Of course."),
            (
                "recruiter",
                "Okay, I've just spoken to Rachel. She can go to £55,000, and she's agreed to five extra days of study leave a year while you're on the course.",
            ),
            (
                "candidate",
                "That works for me. Could I also check the start date? My notice period is two months.",
            ),
            ("recruiter", "We'd hoped for the first of March, but the beginning of April is fine."),
            ("candidate", "Great. Then I'm happy to accept, pending the written offer."),
            (
                "recruiter",
                "I'll send the contract today. We'll need two references, but we won't contact your current employer until you say so.",
            ),
        ],
    },
    "w_salary_raise_team_lead": {
        "turns": [
            ("employee", "Thanks for making time, Ben. I wanted to talk about my pay."),
            ("manager", "Sure. Go on."),
            (
                "employee",
                "Since Kofi left in June I've been running both support teams, so that's fourteen people instead of six. My salary hasn't changed, it's still £36,000.",
            ),
            (
                "manager",
                "That's true, and I know you've done it well. Satisfaction scores actually went up, from 82% to 88%.",
            ),
            (
                "employee",
                "Right. So I'd like a rise to reflect that. I looked at the two team lead adverts at companies near us, and they were both around £41,000. I'm asking for 12%, which gets me to about £40,300.",
            ),
            (
                "manager",
                "Okay. I'll be straight with you. Pay reviews here happen once a year, in April, and the budget for this year is already spent.",
            ),
            ("employee", "I did wonder about that."),
            (
                "manager",
                "What I can do now is the 4% that's left in the discretionary pot, from next month. And I'll put you forward for a promotion to support manager in the April round.",
            ),
            ("employee", "Four percent feels low for doubling my team."),
            ("manager", "I hear that. Would an acting-up allowance help in the meantime?"),
            ("employee", "What would that look like?"),
            (
                "manager",
                "HR have a standard one for covering a more senior role. It's £200 a month on top of salary, paid until the post is filled or you're promoted.",
            ),
            ("employee", "So with the 4% and the allowance, I'd be close to what I asked for."),
            ("manager", "Roughly, yes. About £39,800 a year."),
            ("employee", "Okay. I'd want it in writing, including the promotion review date."),
            ("manager", "Fair. I'll email you by Friday and copy in HR."),
            ("employee", "And if the promotion doesn't happen in April?"),
            (
                "manager",
                "The allowance carries on either way until the role is filled. We'd sit down again in May and look at what went wrong.",
            ),
        ],
    },
    "w_freelance_illustrator": {
        "turns": [
            (
                "host",
                "Welcome back to Solo Hours, the podcast for people who work for themselves. My guest today is Lena Marsh, a children's book illustrator who's been freelance since 2015. Lena, welcome.",
            ),
            ("guest", "Thanks for having me. Long-time listener."),
            (
                "host",
                "Let's start with money, because everyone asks. How did you price your first jobs?",
            ),
            (
                "guest",
                "Badly! My first picture book paid a flat £1,500 for thirty-two pages, and it took me four months.",
            ),
            ("host", "Ouch. That's what, under a hundred pounds a week?"),
            (
                "guest",
                "Less, once you take out the revisions. These days I quote a day rate of £350 for editorial work, and for books I ask for an advance plus royalties.",
            ),
            ("host", "What changed your mind about pricing?"),
            (
                "guest",
                "A friend who's an accountant made me track my hours for a whole year. Seeing it written down was brutal.",
            ),
            ("host", "And late payment, is that still a problem?"),
            (
                "guest",
                "Constantly. One magazine took 140 days to pay a £600 invoice. Now I put 30 day terms on everything, and I charge statutory interest if it's late.",
            ),
            ("host", "Do clients push back on that?"),
            (
                "guest",
                "Almost never. Only one client has ever objected, and honestly I was glad to lose them.",
            ),
            ("host", "What about contracts? Do you always have one?"),
            (
                "guest",
                "Always, even for tiny jobs. The clause that matters most is usage, meaning where and how long they can use the artwork. I once found my drawing on a tote bag in a shop in York that I'd only licensed for a website.",
            ),
            ("host", "Oh no. What did you do?"),
            (
                "guest",
                "I emailed them with a photo and an invoice for merchandise rights. They paid it within a week, which surprised me.",
            ),
            ("host", "Last question. What would you tell someone going freelance this year?"),
            (
                "guest",
                "Keep three months of expenses in savings before you quit. And say no to the first job that offers exposure instead of money.",
            ),
        ],
    },
    "w_freelance_translator": {
        "turns": [
            ("host", "Hello and welcome to Solo Hours. I'm Jess, and with me as always is Marcus."),
            ("cohost", "Hi everyone."),
            (
                "host",
                "Our guest is Felix Braun, who translates German legal and financial documents into English from a spare room in Norwich. Felix, how did you get started?",
            ),
            (
                "guest",
                "I was an in-house translator at a bank in Frankfurt for six years. When they outsourced the team in 2018, I took the redundancy money and went freelance.",
            ),
            ("cohost", "So you didn't exactly choose it."),
            ("guest", "Not at first, no. But within a year I was earning more than my old salary."),
            ("host", "Where did the first clients come from?"),
            (
                "guest",
                "Agencies, almost entirely. I signed up with about twenty, and three of them ended up sending me regular work.",
            ),
            ("cohost", "Agencies get a bad name, though. Don't they pay badly?"),
            (
                "guest",
                "Some do. The good ones paid me 11 cents a word, the worst offered 6, and I dropped those. Direct clients pay more, about 16 cents, but you spend much more time chasing them.",
            ),
            ("host", "What proportion of your work is direct now?"),
            (
                "guest",
                "About 60% these days. Mostly law firms, and I found nearly all of them through one conference in Berlin.",
            ),
            ("cohost", "What's the conference?"),
            (
                "guest",
                "It's an annual event for cross-border insolvency lawyers. A stand cost me about €900 the first time, which felt huge, but one firm from it is now my biggest client.",
            ),
            ("host", "Let's talk about machine translation. Is it taking your work?"),
            (
                "guest",
                "Some of it. Agencies now send a lot of post-editing, where you correct a machine draft, and they pay about half the normal rate.",
            ),
            ("cohost", "Do you accept those jobs?"),
            (
                "guest",
                "Only for plain commercial texts. For contracts I refuse, because one wrong word in a liability clause can cost a client millions, and my insurance is on the line.",
            ),
            ("host", "That seems sensible. Felix, thanks so much."),
        ],
    },
    "w_redundancy_line_factory": {
        "turns": [
            ("adviser", "Workline advice, you're speaking to Carol. How can I help?"),
            (
                "caller",
                "Hi, yes. I got a letter yesterday saying my job's at risk of redundancy, and I don't really know what it means.",
            ),
            (
                "adviser",
                "I'm sorry to hear that. Can I ask a few questions first? How long have you worked there?",
            ),
            (
                "caller",
                "Eleven years in August. It's a food packaging factory, and they're closing the night shift.",
            ),
            ("adviser", "And how many people are affected?"),
            ("caller", "The letter says forty."),
            (
                "adviser",
                "Right. With that many, they have to consult for at least 30 days before anyone is dismissed. At risk means nothing is final yet.",
            ),
            ("caller", "They've called a meeting for Tuesday. Should I bring anyone?"),
            ("adviser", "You're entitled to bring a colleague or a union rep. Are you in a union?"),
            ("caller", "I am, actually, but I've never used it."),
            (
                "adviser",
                "Then ring them today. They'll often have dealt with this exact employer before.",
            ),
            ("caller", "What about money? How much would I get?"),
            ("adviser", "How old are you, and roughly what's your weekly pay before tax?"),
            ("caller", "I'm forty-eight, and it's about £520 a week with the night premium."),
            (
                "adviser",
                "For statutory pay, your age and service give you about fourteen and a half weeks' pay, so around £7,500. Your contract or a company scheme might pay more, so check the handbook.",
            ),
            ("caller", "And if they offer me a day shift instead?"),
            (
                "adviser",
                "If it's suitable, and you refuse it without a good reason, you can lose the redundancy payment. But you'd get a four week trial to see if it works.",
            ),
            ("caller", "The day shift pays less, though, because there's no premium."),
            (
                "adviser",
                "That's exactly the kind of thing that can make an offer unsuitable. Write down the difference in pay and raise it at the meeting.",
            ),
        ],
    },
    "w_redundancy_line_settlement": {
        "turns": [
            ("adviser", "Good afternoon, Workline advice, this is Raj."),
            (
                "caller",
                "Hello. I work in marketing for an insurance company, and they've just handed me something called a settlement agreement. They want it signed by next Friday.",
            ),
            ("adviser", "Okay. Have they said why?"),
            (
                "caller",
                "They're cutting the marketing team from eight to five. We were scored on a matrix, and I came bottom.",
            ),
            ("adviser", "Do you know what the scores were based on?"),
            (
                "caller",
                "Performance ratings, skills, and attendance. My attendance score was low because I had an operation last spring and was off for seven weeks.",
            ),
            (
                "adviser",
                "That's worth raising. If the absence was linked to a disability, counting it against you could be discrimination. Ask them in writing for your scores and how they were worked out.",
            ),
            ("caller", "Right. And the agreement itself. They're offering £15,000."),
            ("adviser", "How long have you been there?"),
            ("caller", "Three and a half years."),
            (
                "adviser",
                "Then your statutory redundancy would be much lower, probably under £3,000, so that's a reasonably generous figure. But in return you'd be giving up the right to bring any claim against them.",
            ),
            ("caller", "Including about the scoring?"),
            (
                "adviser",
                "Including that. Which is why the law says you must get independent legal advice before it's valid. Most employers contribute to the cost, typically around £500.",
            ),
            ("caller", "The letter says they'll pay £400 toward it."),
            (
                "adviser",
                "That's on the low side, but many solicitors will do it for that. And a week is short, so it's fine to ask for an extra week.",
            ),
            ("caller", "Is the £15,000 taxed?"),
            (
                "adviser",
                "Up to £30,000 of a genuine termination payment is usually tax free, but any notice pay in it is taxed as normal. The solicitor will check that split.",
            ),
            ("caller", "Anything else I should ask for?"),
            (
                "adviser",
                "An agreed reference. Get the wording attached to the agreement, so you know exactly what a new employer will be told.",
            ),
        ],
    },
    "w_review_hotel_housekeeping": {
        "turns": [
            (
                "manager",
                "Thanks for coming in, Joanna. This is your annual review, so we'll go through last year, your rating, and your goals. It shouldn't take more than half an hour.",
            ),
            ("supervisor", "Okay. I've filled in the self-assessment form."),
            ("manager", "I read it. You gave yourself excellent on every section."),
            ("supervisor", "I did, yes."),
            (
                "manager",
                "Let's start with the good stuff, because there's a lot of it. Guest complaints about room cleanliness fell from 31 last year to 12. That's a huge improvement.",
            ),
            (
                "supervisor",
                "Most of that is the new checklist. I made every room get a second check by a supervisor before it's released.",
            ),
            (
                "manager",
                "Right. And staff turnover in housekeeping was the lowest in the group, four leavers out of twenty-two.",
            ),
            (
                "supervisor",
                "Thank you. I think the rota change helped, giving everyone two weekends off a month.",
            ),
            (
                "manager",
                "Where I'd challenge you is on time. Rooms were ready by the 3pm check-in only 85% of the time, against a target of 95%.",
            ),
            (
                "supervisor",
                "That's not fair, though. We lost two room attendants in the summer and you didn't let me replace them until October.",
            ),
            (
                "manager",
                "That's a fair point, and I'll note it. But even after October it was around 88%.",
            ),
            (
                "supervisor",
                "Because the second check takes longer. You can have speed or you can have clean rooms.",
            ),
            ("manager", "I'd like both, honestly. So my overall rating is good, not excellent."),
            (
                "supervisor",
                "I'm disappointed. I'd like my comments about the vacancies recorded on the form.",
            ),
            (
                "manager",
                "Of course, there's a box for that. For next year, I'd like you to pilot checking only one room in five, on floors where the complaint rate is low.",
            ),
            ("supervisor", "I can try that on floors two and three."),
            ("manager", "Good. And you mentioned wanting development. What were you thinking?"),
            (
                "supervisor",
                "The group runs an assistant manager programme in Glasgow, six months of day release.",
            ),
            ("manager", "I'll support that application. Deadline's the end of January."),
        ],
    },
    "w_review_council_planner": {
        "turns": [
            (
                "manager",
                "Right, Dev, shall we make a start? I've blocked out an hour, and this is your mid-year review, so it's less formal than the annual one.",
            ),
            ("officer", "Sounds good."),
            (
                "manager",
                "First, caseload. You've determined 140 applications since April, which is more than anyone else on the team.",
            ),
            ("officer", "It's felt like it."),
            (
                "manager",
                "And 78% were decided within the statutory deadline. The council target is 80%, so you're just under.",
            ),
            (
                "officer",
                "I know. Most of the late ones were householder extensions in the conservation area, because we kept waiting for the heritage officer's comments.",
            ),
            ("manager", "How long were those waits?"),
            ("officer", "Often three or four weeks. She's only in two days a week."),
            (
                "manager",
                "Okay, that's a resourcing problem, not yours. I'll raise it with the head of service.",
            ),
            ("officer", "Thanks."),
            (
                "manager",
                "Appeals are a real strength. Of the eleven refusals that went to appeal, the inspector backed you on nine.",
            ),
            (
                "officer",
                "The two we lost were both about parking, which I still think was the right call.",
            ),
            (
                "manager",
                "Maybe, but the inspector disagreed, so let's look at how we write those reasons. Now, there was one complaint, from Councillor Hughes.",
            ),
            ("officer", "About the supermarket loading bay?"),
            ("manager", "Yes. He felt you were dismissive at the committee meeting in June."),
            (
                "officer",
                "I was answering a technical question, and I'll admit I was a bit short. I'm happy to apologise to him.",
            ),
            (
                "manager",
                "I think that would help. For the second half of the year, I'd like you to mentor Chloe, our new graduate planner.",
            ),
            (
                "officer",
                "Happy to. Can I ask about training too? I'd like to do the postgraduate certificate in building conservation at Leicester.",
            ),
            (
                "manager",
                "The budget's tight, but the council can usually fund half if you agree to stay two years afterwards.",
            ),
        ],
    },
    "w_first_week_lab_technician": {
        "turns": [
            ("manager", "So, end of your first week, Ellie. How's it been?"),
            ("starter", "Good, mostly. A bit overwhelming."),
            ("manager", "That's normal. What's been the hardest part?"),
            (
                "starter",
                "Honestly, the access card. It didn't work on the lab doors until Wednesday, so I had to wait for someone to let me in every time.",
            ),
            ("manager", "Sorry about that. Security blamed a typo in your staff number."),
            ("starter", "Ah, that explains it."),
            ("manager", "And the safety induction, did you get through all of it?"),
            (
                "starter",
                "All except the fume cupboard training. That's booked for next Tuesday at ten, with Mark.",
            ),
            (
                "manager",
                "Good. Until then, don't use the cupboards on your own, even for quick jobs.",
            ),
            ("starter", "Understood."),
            ("manager", "How have you found Priti as a buddy?"),
            (
                "starter",
                "Brilliant. She showed me where everything lives, and she warned me that the second-year teaching labs on Thursday afternoons are chaos.",
            ),
            (
                "manager",
                "She's not wrong. There are ninety students in a room built for sixty. What about the ordering system?",
            ),
            (
                "starter",
                "That's the bit I'm struggling with. At my last job in a hospital lab we just emailed the stores, and here there are three approval stages.",
            ),
            (
                "manager",
                "Anything under £250 only needs my sign-off. Over that, it goes to the department manager, and over £5,000 to finance as well.",
            ),
            ("starter", "Okay, that's much clearer than the guidance document."),
            (
                "manager",
                "I'll get someone to rewrite that document, it's awful. Anything else worrying you?",
            ),
            (
                "starter",
                "Just the hours. The contract says 8 till 4, but everyone seems to stay till 5.",
            ),
            (
                "manager",
                "Please don't feel you have to. Some people start late. Your hours are 8 till 4 and I'd rather you kept to them.",
            ),
            ("starter", "That's a relief, I pick my son up at half four."),
        ],
    },
    "w_first_week_sous_chef": {
        "turns": [
            (
                "host",
                "This is Week One, the show where people tell us about starting a new job. Today I'm talking to Callum, who's just finished his first fortnight as sous chef at a seafood restaurant in Falmouth. Callum, how did day one go?",
            ),
            (
                "guest",
                "Day one was a Saturday, which was a mistake. The head chef, Rosa, put me straight on the grill for a service of 160 covers.",
            ),
            ("host", "On your first day?"),
            ("guest", "First day. I'd only seen the menu the night before."),
            ("host", "How did it go?"),
            (
                "guest",
                "I burnt two turbot and sent a table's mains out twelve minutes late. Rosa didn't shout, which surprised me. She just moved me to the fish station and took the grill herself.",
            ),
            ("host", "What was the kitchen like compared with your last job?"),
            (
                "guest",
                "Much smaller team. At the hotel in Bath there were fourteen chefs, and here there are five, so everyone does everything, including the washing up on Mondays.",
            ),
            ("host", "Is that what you expected?"),
            (
                "guest",
                "Not really. The interview made it sound more senior, but honestly I've learnt more in two weeks than in the last two years.",
            ),
            ("host", "What was the biggest surprise?"),
            (
                "guest",
                "The fish comes straight off the boats at half six every morning, and you don't know what you're getting until it arrives. So the specials board gets written at seven.",
            ),
            ("host", "And hours? Kitchens are famous for long ones."),
            (
                "guest",
                "They're long, about fifty-five a week. But Rosa closes the restaurant on Tuesdays and Wednesdays, so I get two days off together, which I never had before.",
            ),
            ("host", "What would you do differently if you started again?"),
            (
                "guest",
                "I'd ask for a trial shift on a quiet weekday before starting. And I'd learn everyone's names on day one, because I called the kitchen porter by the wrong name for a week.",
            ),
            ("host", "Ha. Did he forgive you?"),
            ("guest", "He did, once I bought him a pasty."),
        ],
    },
}

QUESTIONS = [
    # w_interview_cardiac_nurse
    (
        "What personal reason made the nurse want to join the heart ward?",
        "w_interview_cardiac_nurse",
        ["My grandfather had a"],
    ),
    (
        "How much surgical ward experience does the nursing candidate have?",
        "w_interview_cardiac_nurse",
        ["I've spent four years"],
    ),
    (
        "What condition did the patient the junior doctor wanted to send home actually have?",
        "w_interview_cardiac_nurse",
        ["He was irritated at"],
    ),
    (
        "Where did the nurse confront the doctor about the discharge?",
        "w_interview_cardiac_nurse",
        ["Directly, yes, but calmly"],
    ),
    (
        "Who would she have escalated to if the doctor had ignored her?",
        "w_interview_cardiac_nurse",
        ["If he'd refused, I'd"],
    ),
    (
        "What does the candidate focus on first when the ward is understaffed?",
        "w_interview_cardiac_nurse",
        ["Medications and observations come"],
    ),
    (
        "Would the night shift pattern on the cardiology ward be a problem for her?",
        "w_interview_cardiac_nurse",
        ["I currently do nights"],
    ),
    (
        "Does the hospital fund the coronary care course, and when?",
        "w_interview_cardiac_nurse",
        ["The course costs about"],
    ),
    (
        "How long do new nurses spend supernumerary learning the monitors?",
        "w_interview_cardiac_nurse",
        ["New starters get six"],
    ),
    (
        "When will the nursing panel give its decision?",
        "w_interview_cardiac_nurse",
        ["We'll let you know"],
    ),
    # w_interview_junior_developer
    (
        "What did the developer candidate do for a living before retraining?",
        "w_interview_junior_developer",
        ["Before that I was"],
    ),
    (
        "How long was the coding course Sam took?",
        "w_interview_junior_developer",
        ["It was a sixteen"],
    ),
    (
        "What went wrong with the delivery routing software at his old workplace?",
        "w_interview_junior_developer",
        ["Drivers got their routes"],
    ),
    (
        "How many people use the food bank shift app?",
        "w_interview_junior_developer",
        ["It lets volunteers swap"],
    ),
    (
        "Why was Django picked for the volunteer rota project?",
        "w_interview_junior_developer",
        ["I chose Django because"],
    ),
    (
        "What bug showed up in the rota app and what lesson came from it?",
        "w_interview_junior_developer",
        ["We didn't write tests", "I learnt to write"],
    ),
    (
        "How long is Sam's journey to the Leeds office?",
        "w_interview_junior_developer",
        ["Yes, the train from"],
    ),
    (
        "What pay is the junior developer expecting?",
        "w_interview_junior_developer",
        ["The advert said twenty-eight"],
    ),
    (
        "What does the second round of the Routewise interview involve?",
        "w_interview_junior_developer",
        ["Next step is a"],
    ),
    (
        "What will a new junior work on at first?",
        "w_interview_junior_developer",
        ["You'd spend your first"],
    ),
    # w_coaching_teacher_leaving
    (
        "How many ex-teachers did Maria reach out to?",
        "w_coaching_teacher_leaving",
        ["I spoke to three"],
    ),
    (
        "How much did Daniel's pay fall when he left teaching?",
        "w_coaching_teacher_leaving",
        ["One of them, Daniel,"],
    ),
    (
        "How many years has the client taught geography?",
        "w_coaching_teacher_leaving",
        ["I've got a mortgage"],
    ),
    (
        "What is really pushing Maria out of teaching?",
        "w_coaching_teacher_leaving",
        ["It's the marking and", "I haven't had a"],
    ),
    (
        "Which education employers did the coach suggest as a middle route?",
        "w_coaching_teacher_leaving",
        ["Exam boards, educational publishers,"],
    ),
    (
        "What should the teacher produce before the next session?",
        "w_coaching_teacher_leaving",
        ["For the next fortnight,", "One short e-learning module,"],
    ),
    (
        "Which program should she use to build her sample module?",
        "w_coaching_teacher_leaving",
        ["Articulate Rise has a"],
    ),
    (
        "Why did the coach say not to tell the head teacher yet?",
        "w_coaching_teacher_leaving",
        ["Wait until you have"],
    ),
    (
        "When is Maria's next coaching call booked?",
        "w_coaching_teacher_leaving",
        ["Yes, same time, the"],
    ),
    # w_coaching_career_returner
    ("What did Aisha do before her career break?", "w_coaching_career_returner", ["So I was a"]),
    (
        "How long has the returning accountant been away from work?",
        "w_coaching_career_returner",
        ["They start school in"],
    ),
    (
        "What worries Aisha most about going back to work?",
        "w_coaching_career_returner",
        ["That the whole job", "When I left we"],
    ),
    (
        "Which systems keep showing up in the finance job adverts?",
        "w_coaching_career_returner",
        ["Xero mostly, and Power"],
    ),
    (
        "How long does it take to get certified in Xero?",
        "w_coaching_career_returner",
        ["They run free online"],
    ),
    ("Which skill did the coach say could wait?", "w_coaching_career_returner", ["Power BI is a"]),
    (
        "Are returnships paid and how long are they?",
        "w_coaching_career_returner",
        ["They're paid, usually sixteen"],
    ),
    (
        "Why don't the Birmingham programmes suit the returner?",
        "w_coaching_career_returner",
        ["Birmingham's an hour each", "With school pick-up at"],
    ),
    (
        "What hours does Aisha want to work?",
        "w_coaching_career_returner",
        ["Twenty-five hours, ideally over"],
    ),
    (
        "How should the gap be shown on her CV?",
        "w_coaching_career_returner",
        ["Put one line saying"],
    ),
    # w_salary_offer_designer
    (
        "What starting salary did Hollin Health first offer Tom?",
        "w_salary_offer_designer",
        ["So the offer is"],
    ),
    (
        "What bonus would the designer give up by leaving his current job?",
        "w_salary_offer_designer",
        ["My current package is"],
    ),
    (
        "How much did the designer ask for at first?",
        "w_salary_offer_designer",
        ["I was thinking £58,000."],
    ),
    (
        "What is the top of the pay band for the senior designer role?",
        "w_salary_offer_designer",
        ["The band tops out"],
    ),
    (
        "Why did Tom want extra time off rather than more money?",
        "w_salary_offer_designer",
        ["I'm doing a part-time"],
    ),
    (
        "What salary and leave did the hiring manager finally agree?",
        "w_salary_offer_designer",
        ["She can go to"],
    ),
    ("How much notice does Tom have to give?", "w_salary_offer_designer", ["My notice period is"]),
    ("When will the new designer start?", "w_salary_offer_designer", ["We'd hoped for the"]),
    (
        "Will his current employer be contacted for a reference straight away?",
        "w_salary_offer_designer",
        ["We'll need two references,"],
    ),
    # w_salary_raise_team_lead
    (
        "How much bigger did the team lead's responsibilities get after her colleague left?",
        "w_salary_raise_team_lead",
        ["Since Kofi left in"],
    ),
    (
        "How did customer satisfaction change while she ran both teams?",
        "w_salary_raise_team_lead",
        ["Satisfaction scores actually went"],
    ),
    (
        "What do comparable team lead jobs nearby pay?",
        "w_salary_raise_team_lead",
        ["I looked at the"],
    ),
    (
        "What size of pay rise did the employee ask for?",
        "w_salary_raise_team_lead",
        ["I'm asking for 12%,"],
    ),
    (
        "When does the company normally review salaries?",
        "w_salary_raise_team_lead",
        ["Pay reviews here happen"],
    ),
    ("What could the manager offer immediately?", "w_salary_raise_team_lead", ["What I can do"]),
    (
        "Why was the employee unhappy with the first offer?",
        "w_salary_raise_team_lead",
        ["Four percent feels low"],
    ),
    ("How much is the acting-up payment worth?", "w_salary_raise_team_lead", ["It's £200 a month"]),
    (
        "What would her yearly pay be with the rise plus the allowance?",
        "w_salary_raise_team_lead",
        ["About £39,800 a year."],
    ),
    (
        "What happens to the allowance if she isn't promoted in April?",
        "w_salary_raise_team_lead",
        ["The allowance carries on"],
    ),
    # w_freelance_illustrator
    (
        "How long has Lena been working for herself?",
        "w_freelance_illustrator",
        ["My guest today is"],
    ),
    (
        "What was the illustrator paid for her first children's book?",
        "w_freelance_illustrator",
        ["My first picture book"],
    ),
    (
        "What does she charge per day for editorial illustration?",
        "w_freelance_illustrator",
        ["These days I quote"],
    ),
    (
        "What made the illustrator change how she priced her work?",
        "w_freelance_illustrator",
        ["A friend who's an"],
    ),
    (
        "What was the longest she waited for a client to pay?",
        "w_freelance_illustrator",
        ["One magazine took 140"],
    ),
    ("What invoice terms does Lena use now?", "w_freelance_illustrator", ["Now I put 30"]),
    (
        "Do clients object to being charged interest on late invoices?",
        "w_freelance_illustrator",
        ["Only one client has"],
    ),
    (
        "Where did her artwork turn up without the right licence?",
        "w_freelance_illustrator",
        ["I once found my"],
    ),
    (
        "How did she get paid for the tote bag misuse?",
        "w_freelance_illustrator",
        ["I emailed them with", "They paid it within"],
    ),
    (
        "What tips does the illustrator give people starting out freelance?",
        "w_freelance_illustrator",
        ["Keep three months of", "And say no to"],
    ),
    # w_freelance_translator
    (
        "Where did Felix work before he went freelance?",
        "w_freelance_translator",
        ["I was an in-house"],
    ),
    (
        "What pushed the translator into self-employment?",
        "w_freelance_translator",
        ["When they outsourced the"],
    ),
    (
        "How many agencies ended up giving him steady work?",
        "w_freelance_translator",
        ["I signed up with"],
    ),
    ("Which host suggested agencies pay poorly?", "w_freelance_translator", ["Agencies get a bad"]),
    (
        "What do good agencies pay per word compared with direct clients?",
        "w_freelance_translator",
        ["The good ones paid", "Direct clients pay more,"],
    ),
    (
        "How much of Felix's work now comes straight from clients?",
        "w_freelance_translator",
        ["About 60% these days."],
    ),
    (
        "How much did he spend on his exhibition stand and was it worth it?",
        "w_freelance_translator",
        ["A stand cost me"],
    ),
    (
        "What do agencies pay for fixing machine translated drafts?",
        "w_freelance_translator",
        ["Agencies now send a"],
    ),
    (
        "Why won't the translator post-edit legal contracts?",
        "w_freelance_translator",
        ["For contracts I refuse,"],
    ),
    # w_redundancy_line_factory
    (
        "How long has the caller been at the factory?",
        "w_redundancy_line_factory",
        ["Eleven years in August."],
    ),
    (
        "Which part of the packaging plant is shutting?",
        "w_redundancy_line_factory",
        ["It's a food packaging"],
    ),
    (
        "How many workers are affected by the redundancies at the factory?",
        "w_redundancy_line_factory",
        ["The letter says forty."],
    ),
    (
        "How long must the consultation last before anyone is let go?",
        "w_redundancy_line_factory",
        ["With that many, they"],
    ),
    (
        "Who can come with the caller to Tuesday's meeting?",
        "w_redundancy_line_factory",
        ["You're entitled to bring"],
    ),
    (
        "Why should the caller contact the union straight away?",
        "w_redundancy_line_factory",
        ["They'll often have dealt"],
    ),
    (
        "How old is the night worker and what does he earn weekly?",
        "w_redundancy_line_factory",
        ["I'm forty-eight, and it's"],
    ),
    (
        "Roughly how much statutory redundancy money would he get?",
        "w_redundancy_line_factory",
        ["For statutory pay, your"],
    ),
    (
        "How long would a trial in the alternative job last?",
        "w_redundancy_line_factory",
        ["But you'd get a"],
    ),
    (
        "Why might the day shift offer be unsuitable?",
        "w_redundancy_line_factory",
        ["The day shift pays", "That's exactly the kind"],
    ),
    # w_redundancy_line_settlement
    (
        "How many people will be left in the marketing team?",
        "w_redundancy_line_settlement",
        ["They're cutting the marketing"],
    ),
    (
        "Why did the caller score poorly on attendance?",
        "w_redundancy_line_settlement",
        ["My attendance score was"],
    ),
    (
        "When could counting sick leave in the scoring be unlawful?",
        "w_redundancy_line_settlement",
        ["If the absence was"],
    ),
    (
        "How long has the insurance employee worked there?",
        "w_redundancy_line_settlement",
        ["Three and a half"],
    ),
    (
        "Is the settlement offer better than statutory redundancy?",
        "w_redundancy_line_settlement",
        ["Then your statutory redundancy"],
    ),
    (
        "What would she lose by signing the settlement?",
        "w_redundancy_line_settlement",
        ["But in return you'd"],
    ),
    (
        "How much will the company put toward legal advice?",
        "w_redundancy_line_settlement",
        ["The letter says they'll"],
    ),
    ("Can she get more time before signing?", "w_redundancy_line_settlement", ["And a week is"]),
    (
        "Will she pay tax on the settlement money?",
        "w_redundancy_line_settlement",
        ["Up to £30,000 of"],
    ),
    (
        "What else did the adviser recommend getting included in the deal?",
        "w_redundancy_line_settlement",
        ["An agreed reference.", "Get the wording attached"],
    ),
    # w_review_hotel_housekeeping
    (
        "By how much did cleanliness complaints fall?",
        "w_review_hotel_housekeeping",
        ["Guest complaints about room"],
    ),
    (
        "What change did Joanna make that improved room standards?",
        "w_review_hotel_housekeeping",
        ["I made every room"],
    ),
    (
        "How many housekeeping staff left last year?",
        "w_review_hotel_housekeeping",
        ["And staff turnover in"],
    ),
    (
        "What does the supervisor think kept staff from leaving?",
        "w_review_hotel_housekeeping",
        ["I think the rota"],
    ),
    (
        "How often were rooms ready in time for check-in?",
        "w_review_hotel_housekeeping",
        ["Rooms were ready by"],
    ),
    (
        "Why did the supervisor feel the criticism about timing was unfair?",
        "w_review_hotel_housekeeping",
        ["We lost two room"],
    ),
    (
        "What does Joanna blame for rooms still being late after October?",
        "w_review_hotel_housekeeping",
        ["Because the second check"],
    ),
    (
        "What rating did she get, and how did she react?",
        "w_review_hotel_housekeeping",
        ["So my overall rating", "I'd like my comments"],
    ),
    (
        "What trial does the manager want to run next year?",
        "w_review_hotel_housekeeping",
        ["For next year, I'd"],
    ),
    (
        "Which development programme does the housekeeping supervisor want to apply for?",
        "w_review_hotel_housekeeping",
        ["The group runs an"],
    ),
    # w_review_council_planner
    (
        "How many planning cases has Dev decided this year?",
        "w_review_council_planner",
        ["You've determined 140 applications"],
    ),
    (
        "Did the planner hit the council's deadline target?",
        "w_review_council_planner",
        ["And 78% were decided", "The council target is"],
    ),
    (
        "Why were the conservation area decisions late?",
        "w_review_council_planner",
        ["Most of the late"],
    ),
    (
        "How long did the heritage officer usually take to reply?",
        "w_review_council_planner",
        ["Often three or four"],
    ),
    (
        "How often did the inspector side with Dev on appeals?",
        "w_review_council_planner",
        ["Of the eleven refusals"],
    ),
    (
        "What were the appeals Dev lost about, and does he accept the outcome?",
        "w_review_council_planner",
        ["The two we lost"],
    ),
    ("What did the councillor complain about?", "w_review_council_planner", ["He felt you were"]),
    (
        "Who is the planning officer being asked to mentor?",
        "w_review_council_planner",
        ["For the second half"],
    ),
    (
        "What qualification does Dev want to study for?",
        "w_review_council_planner",
        ["I'd like to do"],
    ),
    (
        "On what condition will the council pay toward the course?",
        "w_review_council_planner",
        ["The budget's tight, but"],
    ),
    # w_first_week_lab_technician
    (
        "How long did Ellie wait before her pass opened the lab doors?",
        "w_first_week_lab_technician",
        ["It didn't work on"],
    ),
    (
        "Why did the technician's door card fail?",
        "w_first_week_lab_technician",
        ["Security blamed a typo"],
    ),
    (
        "Which part of the safety training hasn't she done yet?",
        "w_first_week_lab_technician",
        ["All except the fume"],
    ),
    (
        "When is the fume cupboard session scheduled?",
        "w_first_week_lab_technician",
        ["That's booked for next"],
    ),
    (
        "What did her buddy Priti warn her about?",
        "w_first_week_lab_technician",
        ["She showed me where"],
    ),
    (
        "How crowded are the second-year practical classes?",
        "w_first_week_lab_technician",
        ["There are ninety students"],
    ),
    (
        "Where did the new lab technician work before?",
        "w_first_week_lab_technician",
        ["At my last job"],
    ),
    (
        "Who has to approve an order worth about a thousand pounds?",
        "w_first_week_lab_technician",
        ["Over that, it goes"],
    ),
    (
        "Is Ellie expected to stay late like the rest of the team?",
        "w_first_week_lab_technician",
        ["Please don't feel you", "Your hours are 8"],
    ),
    (
        "Why is finishing on time important to the new starter?",
        "w_first_week_lab_technician",
        ["That's a relief, I"],
    ),
    # w_first_week_sous_chef
    (
        "Where is the restaurant Callum started at?",
        "w_first_week_sous_chef",
        ["Today I'm talking to"],
    ),
    (
        "How many diners did the new sous chef cook for on his first day?",
        "w_first_week_sous_chef",
        ["The head chef, Rosa,"],
    ),
    (
        "What mistakes did he make during his first service?",
        "w_first_week_sous_chef",
        ["I burnt two turbot"],
    ),
    (
        "How did the head chef react when things went wrong?",
        "w_first_week_sous_chef",
        ["Rosa didn't shout, which", "She just moved me"],
    ),
    (
        "How many chefs worked at his previous kitchen?",
        "w_first_week_sous_chef",
        ["At the hotel in"],
    ),
    (
        "Why are the specials only decided in the morning?",
        "w_first_week_sous_chef",
        ["The fish comes straight", "So the specials board"],
    ),
    (
        "How many hours a week does Callum work?",
        "w_first_week_sous_chef",
        ["They're long, about fifty-five"],
    ),
    (
        "Which days is the seafood restaurant closed?",
        "w_first_week_sous_chef",
        ["But Rosa closes the"],
    ),
    (
        "What would the chef do differently if he started over?",
        "w_first_week_sous_chef",
        ["I'd ask for a", "And I'd learn everyone's"],
    ),
    ("How did he make it up to the kitchen porter?", "w_first_week_sous_chef", ["He did, once I"]),
]
