"""Conversations about learning and teaching outside school classrooms, with paraphrased questions  (written for audio_rag; original text)"""

CONVERSATIONS = {
    "s_office_hours_regression": {
        "turns": [
            ("lecturer", "Come in, the door sticks a bit. What can I help with today?"),
            (
                "student",
                "Hi, I'm Priya from the Tuesday workshop group. It's about the regression assignment, question three.",
            ),
            ("lecturer", "Ah, the housing prices one. What's the trouble?"),
            (
                "student",
                "My model says bigger gardens lower the price, which seems backwards. I used all 412 rows from the spreadsheet.",
            ),
            ("lecturer", "Did you check for outliers first?"),
            ("student", "No, I didn't."),
            (
                "lecturer",
                "There are 6 properties in there with huge plots out in the countryside, far from any station. They drag the slope down. Plot distance to the station against price and you'll see them.",
            ),
            ("student", "So should I just delete them?"),
            (
                "lecturer",
                "Not silently. Either remove them and explain why in a footnote, or add distance to the station as a second variable. I'd prefer the second approach, because it keeps the data honest.",
            ),
            ("student", "Okay. And the deadline is still Friday?"),
            (
                "lecturer",
                "The deadline moved to Monday the 14th at noon. That's because the library servers were down last week. It was announced on the course page on Wednesday.",
            ),
            ("student", "I missed that. Thank you."),
            ("lecturer", "How are you running the analysis, by the way?"),
            ("student", "In Excel, mostly. My laptop won't install R."),
            (
                "lecturer",
                "The computer lab on the second floor has R and is open until 9 in the evening. Excel will work, but the marks for the diagnostic plots are easier to get in R.",
            ),
            ("student", "How many marks are those worth?"),
            ("lecturer", "Fifteen out of the 60 for that question. Don't skip them."),
            ("student", "Got it. Can I email you a draft?"),
            (
                "lecturer",
                "Send a single page, not the whole thing, by Thursday and I'll reply within a day.",
            ),
        ],
    },
    "s_office_hours_extension": {
        "turns": [
            ("student", "Sorry to barge in, are you still doing office hours?"),
            ("tutor", "Until half past four, so you've got twenty minutes. Sit down."),
            (
                "student",
                "It's Tom, from the Industrial Revolution module. I wanted to ask about an extension on the essay.",
            ),
            ("tutor", "The 3,000 word one on the cotton mills? What's happened?"),
            (
                "student",
                "My grandmother was in hospital in Leeds, and I spent most of last week there.",
            ),
            ("tutor", "I'm sorry to hear that. Is she doing better?"),
            ("student", "Yes, she's home now."),
            (
                "tutor",
                "Good. So, I can't grant extensions myself any more. Since September they go through the student support office, using the mitigating circumstances form.",
            ),
            ("student", "How long does that usually take?"),
            (
                "tutor",
                "Usually about five working days, and they can approve up to two weeks extra. Apply today, though, because the essay's due on the 3rd.",
            ),
            ("student", "Okay. The other thing is my sources. I've only got textbooks."),
            (
                "tutor",
                "That won't get you above a 2:1. Have you looked at the factory inspectors' reports?",
            ),
            ("student", "I didn't know we had those."),
            (
                "tutor",
                "The university archive has the 1833 reports on microfilm, in the basement reading room. Book a slot online, they only seat eight people.",
            ),
            ("student", "Would one report be enough?"),
            (
                "tutor",
                "Use two and compare them. One from Manchester, one from somewhere smaller like Stockport, and argue about the difference.",
            ),
            ("student", "That sounds like a lot more work."),
            (
                "tutor",
                "It is, but that's what the markers reward. Honestly, I think your argument is stronger than you realise.",
            ),
        ],
    },
    "s_phd_supervision_fieldwork": {
        "turns": [
            (
                "supervisor",
                "Right, let's start with the fieldwork. How did the second trip to the estuary go?",
            ),
            ("student", "Mixed. We got 30 of the 48 quadrats done before the storm came in."),
            ("supervisor", "Thirty is more than I expected, honestly. I'd have guessed twenty."),
            ("student", "Hamid helped on the boat, which sped things up a lot."),
            ("supervisor", "And the missing eighteen?"),
            (
                "student",
                "I'd planned to go back in March. But the tide tables are bad until the 22nd, so it'll be April at the earliest.",
            ),
            ("supervisor", "That pushes chapter three back, then."),
            ("student", "It does. I was hoping to send you a full draft by the end of February."),
            (
                "supervisor",
                "Let's not pretend. Send me the methods section now, and the results when the data's in.",
            ),
            (
                "student",
                "Okay. Can I ask about the seagrass counts? Dr Okafor suggested counting shoots by hand instead of using the photos.",
            ),
            (
                "supervisor",
                "I disagree with her on that one. Hand counts at your scale would take months, and the photo method is already validated in the 2019 paper.",
            ),
            ("student", "So stick with photos."),
            (
                "supervisor",
                "Stick with photos, but hand count ten quadrats as a check. That answers the examiners before they ask.",
            ),
            ("student", "That's fair."),
            ("supervisor", "How are you feeling about the timeline overall? You're in year three."),
            ("student", "Honestly, a bit anxious. My funding ends in September."),
            (
                "supervisor",
                "The department has a completion fund, up to four months of stipend. I'll write the support letter, but you need to apply by the end of May.",
            ),
            ("student", "I didn't know that existed. Thank you."),
        ],
    },
    "s_phd_supervision_conference": {
        "turns": [
            (
                "supervisor",
                "Okay, Lena, Mark is joining us from Zurich on the call. Mark, can you hear us?",
            ),
            ("cosupervisor", "Loud and clear."),
            (
                "supervisor",
                "Good. First item is the conference in Lisbon. Lena, did the abstract get accepted?",
            ),
            ("candidate", "It did, as a poster, not a talk."),
            (
                "cosupervisor",
                "A poster is fine for a first conference. You'll actually talk to more people.",
            ),
            (
                "candidate",
                "The problem is money. Registration alone is 480 euros, and the flights are about 300.",
            ),
            (
                "supervisor",
                "The group budget can cover registration. For travel, apply to the graduate school's bursary, which pays up to 400.",
            ),
            ("candidate", "When's the bursary deadline?"),
            ("supervisor", "The 10th of next month, I think. Check, because it changed last year."),
            ("cosupervisor", "Can we talk about the paper? I read the draft on the flight."),
            ("candidate", "Go ahead."),
            (
                "cosupervisor",
                "The catalyst results are strong, but the yields in table two don't match the ones in the text. One says 72%, the other 68%.",
            ),
            ("candidate", "Oh no. The 68% is from the repeated batch, so that's the right one."),
            (
                "supervisor",
                "Then fix the text and say in the methods that batches were repeated. Reviewers love catching that kind of mismatch.",
            ),
            (
                "cosupervisor",
                "I'd also target a different journal. I think it's too applied for the one you chose.",
            ),
            ("supervisor", "I don't agree, Mark. Their last three issues had very similar work."),
            ("cosupervisor", "Fair enough, submit there first then, and keep mine as a backup."),
            ("candidate", "So the plan is corrections by Friday and submission the week after?"),
            ("supervisor", "Yes. And book the Lisbon flights before prices go up."),
        ],
    },
    "s_evening_class_spanish": {
        "turns": [
            (
                "host",
                "Tonight on Community Hour we're at the adult education centre on Mill Road, where a Spanish class has just finished. With me are the teacher, Carmen, and one of her students, Derek.",
            ),
            ("teacher", "Hello, and welcome."),
            ("learner", "Evening."),
            ("host", "Carmen, how long has this class been running?"),
            (
                "teacher",
                "Eleven years now. I started with six people in a church hall, and tonight there were 19.",
            ),
            ("host", "And Derek, why Spanish?"),
            (
                "learner",
                "My daughter married a man from Valencia, and I couldn't talk to his parents at the wedding. That bothered me a lot.",
            ),
            ("host", "How long have you been coming?"),
            ("learner", "Two years in October."),
            ("host", "And can you talk to them now?"),
            (
                "learner",
                "On the phone, slowly. Last Christmas I told a whole story about my car breaking down, and they laughed in the right places.",
            ),
            ("teacher", "He's being modest. He's one of the best in the intermediate group."),
            ("host", "What does it cost?"),
            (
                "teacher",
                "It's 95 pounds a term, ten weeks, two hours on Thursday nights. Over-sixties pay 60.",
            ),
            ("host", "That's cheap."),
            ("teacher", "It was cheaper, but the council cut our grant in 2022. We nearly closed."),
            ("host", "What kept it open?"),
            (
                "teacher",
                "The students. They ran a quiz night and raised 1,400 pounds, enough for a year of room hire.",
            ),
            ("host", "Any advice for someone nervous about starting at, say, 50?"),
            (
                "learner",
                "Don't wait like I did. And don't worry about mistakes, everyone in that room makes them every week.",
            ),
        ],
    },
    "s_evening_class_bookkeeping": {
        "turns": [
            ("adviser", "Northgate College enrolment line, this is Sam. How can I help?"),
            ("caller", "Hi, I'm looking at the evening bookkeeping course. The level two one."),
            ("adviser", "Sure. Is that the Monday or the Wednesday group?"),
            ("caller", "Whichever has space. I work until six."),
            ("adviser", "Both start at 6:30. Monday is full, but Wednesday has four places left."),
            ("caller", "Wednesday then. How much is it?"),
            ("adviser", "The full fee is 340 pounds, which includes the exam."),
            ("caller", "Is there any help with that? I'm on a low income."),
            (
                "adviser",
                "If you're earning under 25,000 a year, the fee is waived entirely. You'd just need a recent payslip.",
            ),
            ("caller", "Oh, that's brilliant. I earn about 19."),
            ("adviser", "Then you'd qualify. Have you done any bookkeeping before?"),
            ("caller", "I keep the accounts for my partner's plumbing business, but all on paper."),
            ("adviser", "Level two is probably right then. Level one would bore you."),
            ("caller", "Will I need my own laptop?"),
            (
                "adviser",
                "No, the classroom has computers with Sage installed. Some people bring laptops for homework, though.",
            ),
            ("caller", "How long does the course last?"),
            ("adviser", "Thirty weeks, from September to June, with the exam in May."),
            ("caller", "And if I miss a few weeks? My shifts change sometimes."),
            (
                "adviser",
                "You need 80% attendance to sit the exam, so you can miss about six sessions.",
            ),
            ("caller", "Okay. How do I sign up?"),
            (
                "adviser",
                "I can take your details now and email you the form. Bring the payslip to your first class.",
            ),
        ],
    },
    "s_music_lesson_violin": {
        "turns": [
            (
                "teacher",
                "Thanks for staying after the lesson, Mrs Adeyemi. I wanted ten minutes to talk about Zara's progress.",
            ),
            ("parent", "Of course. Is something wrong?"),
            (
                "teacher",
                "Not at all. She's nine and she's already playing pieces I'd normally give a twelve year old.",
            ),
            ("parent", "Really? She only practises about twenty minutes a day."),
            (
                "teacher",
                "Twenty focused minutes is worth more than an hour of noodling. But I'd like to move her up to 30, five days a week.",
            ),
            ("parent", "That might be a battle. She'd rather be at football."),
            ("child", "I like football more."),
            (
                "teacher",
                "That's allowed! Zara, what if practice was split, fifteen before school and fifteen after?",
            ),
            ("child", "Maybe. Not on Saturdays though."),
            (
                "teacher",
                "Deal. Now, the bigger thing is the Grade 3 exam. I think she could take it in the autumn session.",
            ),
            ("parent", "How much is the exam?"),
            (
                "teacher",
                "The board charges 52 pounds, plus an accompanist, which is usually another 25.",
            ),
            ("parent", "And her violin? She's had the half size since she was seven."),
            (
                "teacher",
                "She's outgrown it. Her arm is too long now, that's why her bow keeps sliding towards the fingerboard. She needs a three quarter.",
            ),
            ("parent", "Do we have to buy one?"),
            (
                "teacher",
                "The music service rents them for 8 pounds a month. Buying a decent one would be about 200, and she'll outgrow that too in two years.",
            ),
            ("parent", "Renting, then."),
            ("teacher", "That's what I'd do."),
        ],
    },
    "s_music_lesson_guitar": {
        "turns": [
            (
                "host",
                "This week on Late Starters, I'm talking to Graham, who picked up the guitar at 54. Graham, what made you start?",
            ),
            (
                "guest",
                "Redundancy, honestly, more than anything. The factory closed in 2020, and I suddenly had time and a bit of payout money.",
            ),
            ("host", "Did you teach yourself at first?"),
            (
                "guest",
                "For about six months, with videos. I learned maybe fifteen songs, all badly.",
            ),
            ("host", "Badly how?"),
            (
                "guest",
                "My timing was all over the place. I'd speed up in the easy bits and slow down in the hard bits, and I never noticed.",
            ),
            ("host", "So you found a teacher."),
            (
                "guest",
                "A woman called Ruth, who teaches from her front room in Didsbury. Thirty pounds for 45 minutes, every other week.",
            ),
            ("host", "Every other week rather than weekly?"),
            (
                "guest",
                "That was her idea. She said adults need more time between lessons to actually practise what they learned.",
            ),
            ("host", "What was the first thing she changed?"),
            (
                "guest",
                "She made me use a metronome. I hated it for a month, and then one day it clicked, literally.",
            ),
            ("host", "Ha. Was there a moment you wanted to quit?"),
            (
                "guest",
                "The barre chords, definitely. My fingers hurt for weeks and the F chord sounded like a dying cat.",
            ),
            ("host", "And now?"),
            (
                "guest",
                "Now I play in a pub band on the first Friday of every month. We do mostly seventies rock.",
            ),
            ("host", "What would you tell someone else my age thinking about it?"),
            (
                "guest",
                "Get a teacher sooner than I did. Six months of bad habits took a year to undo.",
            ),
        ],
    },
    "s_apprentice_review_electrician": {
        "turns": [
            (
                "assessor",
                "Okay, this is Kyle's twelve week review. Kyle, Mr Doyle, thanks for making time. Kyle, how's the job going from your side?",
            ),
            (
                "apprentice",
                "Good, mostly. I've been on the school rewire in Harrow for the last month.",
            ),
            ("assessor", "What have you been doing there?"),
            (
                "apprentice",
                "First fix mostly, running cables through the ceilings and chasing walls. Last week I did a full consumer unit with Pete watching.",
            ),
            ("employer", "He did it well, too. Neat, labelled, tested first time."),
            (
                "assessor",
                "That's great. The college side is less good, though. Kyle, you've missed three of the last eight Thursdays.",
            ),
            (
                "apprentice",
                "Two of those were because the van broke down. We were stuck on the M25.",
            ),
            ("employer", "That's true, those were on us."),
            ("assessor", "And the third?"),
            ("apprentice", "I just overslept that day. I know."),
            (
                "assessor",
                "Fine, but your portfolio is also behind. You should have 14 pieces of evidence by now, and you've uploaded 6.",
            ),
            ("apprentice", "I've got photos of loads of jobs, I just haven't written them up."),
            (
                "assessor",
                "Then that's the target. Eight write-ups before the next review, with a photo and a paragraph each.",
            ),
            ("employer", "I can give him Friday afternoons for it. It's quiet then anyway."),
            ("assessor", "Brilliant. Anything else, Mr Doyle?"),
            (
                "employer",
                "Only his timekeeping on site. He's been late twice, which I don't mind, but the client noticed.",
            ),
            ("apprentice", "I'll sort it. I'm getting the earlier train from next week."),
            ("assessor", "Good. Next review is in eleven weeks, the 3rd of June."),
        ],
    },
    "s_apprentice_review_chef": {
        "turns": [
            (
                "assessor",
                "Right, Jess, this is your six month review, and chef Marco is sitting in as your workplace mentor. How are you finding the kitchen?",
            ),
            ("apprentice", "Exhausting, but I love it. The split shifts were a shock at first."),
            ("assessor", "What hours are you doing?"),
            ("apprentice", "Ten till three, then five till eleven, four days a week."),
            (
                "mentor",
                "That's the standard for the restaurant. We don't put apprentices on more than forty hours, though.",
            ),
            ("assessor", "Good. Which section are you on?"),
            (
                "apprentice",
                "I've been on pastry since January. Before that I was on the cold starters for three months.",
            ),
            ("assessor", "Marco, how's she doing on pastry?"),
            (
                "mentor",
                "Her lamination is the best of anyone we've trained. Her croissants sold out on the brunch menu every weekend in February.",
            ),
            ("apprentice", "He's never told me that."),
            ("mentor", "I'm telling you now."),
            ("assessor", "What about the weaker areas?"),
            (
                "mentor",
                "Speed on the grill during service. She freezes when there are twelve tickets up.",
            ),
            ("apprentice", "That's fair. The grill scares me."),
            ("assessor", "Would it help to move her to the grill for a month?"),
            (
                "mentor",
                "I'd rather do two Saturday lunches a month on the grill. Lunch is calmer than dinner, so she can build up speed.",
            ),
            (
                "assessor",
                "Okay. Jess, your food hygiene level three is due as well. Have you booked it?",
            ),
            (
                "apprentice",
                "Not yet. The next course is in Bristol on the 18th, but I'd need the day off.",
            ),
            ("mentor", "Take it. I'll cover you."),
            (
                "assessor",
                "Then your end point assessment should be in September, if everything stays on track.",
            ),
        ],
    },
    "s_bootcamp_graduate": {
        "turns": [
            (
                "host",
                "On today's episode of Career Switch I'm joined by Aisha, who went from nursing to software development. Aisha, welcome.",
            ),
            ("guest", "Thanks for having me."),
            ("host", "How long were you a nurse?"),
            (
                "guest",
                "Nine years, mostly on a surgical ward in Birmingham. I loved the patients and hated the night shifts.",
            ),
            ("host", "And the bootcamp. How long was it?"),
            (
                "guest",
                "Sixteen weeks, full time, Monday to Friday, nine to six. In practice it was more like sixty hours a week.",
            ),
            ("host", "What did it cost?"),
            (
                "guest",
                "The sticker price was 8,500 pounds. I paid half upfront from savings and the rest through an income share agreement.",
            ),
            ("host", "Explain that for listeners."),
            (
                "guest",
                "You pay nothing more until you earn over 28,000, then 10% of your salary for two years.",
            ),
            ("host", "Was it worth it?"),
            (
                "guest",
                "Yes, but it wasn't what the brochure said. They promised everyone a job within three months, and in my cohort of 24 it was about half.",
            ),
            ("host", "How long did it take you?"),
            (
                "guest",
                "Five months and something like 70 applications. The job I got was actually through a nurse friend, a health software company that wanted someone who understood wards.",
            ),
            ("host", "So the nursing helped."),
            (
                "guest",
                "Massively. It was the reason they hired me over people with computer science degrees.",
            ),
            ("host", "What would you tell someone thinking of doing one?"),
            (
                "guest",
                "Do a free course first, for a couple of months, to see if you actually enjoy coding. Two people in my group dropped out in week three.",
            ),
        ],
    },
    "s_bootcamp_admissions": {
        "turns": [
            ("advisor", "Hello, you're through to admissions at Byteworks. My name is Leon."),
            (
                "caller",
                "Hi Leon. I'm interested in the part-time data course, but I have a few questions first.",
            ),
            ("advisor", "Go ahead."),
            ("caller", "I'm 42 and I've never written code. Is that a problem?"),
            (
                "advisor",
                "Not at all. Our oldest graduate last year was 61. You do need to pass a short logic test before you start, though.",
            ),
            ("caller", "What kind of test?"),
            (
                "advisor",
                "About forty minutes of puzzles and basic maths, online. You can take it twice.",
            ),
            ("caller", "And the schedule? I work full time."),
            (
                "advisor",
                "The part-time course is two evenings a week, Tuesday and Thursday, plus Saturday mornings. It runs for 24 weeks.",
            ),
            ("caller", "What's the price?"),
            (
                "advisor",
                "It's 6,200 pounds. You can spread that over twelve monthly payments with no interest.",
            ),
            ("caller", "A friend of mine said you guarantee a job."),
            (
                "advisor",
                "We don't, and I'd be wary of anyone who does. We offer careers coaching for six months after you finish, and our last published figure was 71% in relevant work within a year.",
            ),
            ("caller", "Which tools do you teach?"),
            (
                "advisor",
                "Python, SQL and a dashboard tool called Tableau. We dropped R last year because employers weren't asking for it.",
            ),
            ("caller", "Can I try it before committing?"),
            ("advisor", "There's a free taster evening on the 9th. Lots of people decide there."),
            ("caller", "Sign me up for that, please."),
        ],
    },
    "s_sign_language_course": {
        "turns": [
            (
                "host",
                "Welcome back to Neighbourhood Voices. Today we're talking about the beginners' British Sign Language course at the Riverside library. I'm joined by tutor Bethan, whose parents are both Deaf, and by learner Kemal.",
            ),
            ("tutor", "Hi. I grew up signing at home, so BSL was actually my first language."),
            ("host", "Kemal, why did you sign up?"),
            (
                "learner",
                "I work on the checkout at a supermarket, and we have a regular customer who's Deaf. For a year I just smiled and pointed, and I felt awful about it.",
            ),
            ("host", "And now?"),
            (
                "learner",
                "Now we have a proper chat. Last week she told me her grandson started school.",
            ),
            ("host", "Bethan, how is the course structured?"),
            (
                "tutor",
                "It's Level 1, thirty hours over twelve weeks. We meet on Saturday mornings, two and a half hours each time.",
            ),
            ("host", "What's the hardest part for hearing learners?"),
            (
                "tutor",
                "Facial expression, almost always. People think signing is all hands, but your eyebrows change a question into a statement.",
            ),
            (
                "learner",
                "That's true. I kept asking questions with a flat face, and she kept telling me I looked bored.",
            ),
            ("host", "Is there an exam?"),
            (
                "tutor",
                "Yes, a short filmed conversation at the end with an external assessor. Last term all 11 learners passed.",
            ),
            ("host", "What does it cost?"),
            (
                "tutor",
                "It's 180 pounds including the exam. The library pays for two free places each term, for people on benefits.",
            ),
            ("host", "And what comes after Level 1?"),
            (
                "tutor",
                "Level 2 is much longer, about a year. Honestly, I'd tell people to spend time with Deaf people first, at the Thursday social in the library cafe, before rushing into it.",
            ),
        ],
    },
    "s_first_aid_course": {
        "turns": [
            (
                "host",
                "This morning we're at a warehouse in Swindon where twenty staff have just finished a three day first aid at work course. The trainer is Gareth, a former paramedic. Gareth, what did they learn?",
            ),
            (
                "trainer",
                "The basics that save lives. CPR, the recovery position, bleeding, burns, and how to use the defibrillator on the wall by reception.",
            ),
            ("host", "Why three days? I did one in a single afternoon."),
            (
                "trainer",
                "That would've been the emergency version, six hours. The full certificate is 18 hours, and it's what a site of this size legally needs.",
            ),
            ("host", "How many first aiders does a warehouse need?"),
            (
                "trainer",
                "Here, with about 300 staff and forklifts, the guidance works out at roughly one per 50. They had two.",
            ),
            ("host", "Two! For 300 people?"),
            ("trainer", "Exactly, so after this course they'll have 22."),
            ("host", "What surprises people most?"),
            (
                "trainer",
                "How hard you have to push on the chest. Five to six centimetres, a hundred times a minute. People are scared of breaking ribs.",
            ),
            ("host", "Does that happen?"),
            (
                "trainer",
                "Sometimes, yes. A broken rib heals, but a heart that stops doesn't restart by itself.",
            ),
            ("host", "You mentioned the defibrillator. Do people know how to use it?"),
            (
                "trainer",
                "Most didn't know it existed. It was bought in 2021 and still had the plastic on it.",
            ),
            ("host", "How long does the certificate last?"),
            (
                "trainer",
                "Three years. I'd recommend a half day refresher every year though, because skills fade after about six months.",
            ),
        ],
    },
}

QUESTIONS = [
    # s_office_hours_regression
    (
        "Why did the student's model suggest that larger gardens make houses cheaper?",
        "s_office_hours_regression",
        ["There are 6 properties", "They drag the slope down"],
    ),
    (
        "Which way of handling the outliers did the lecturer favour?",
        "s_office_hours_regression",
        ["I'd prefer the second"],
    ),
    (
        "When is the housing price assignment due now?",
        "s_office_hours_regression",
        ["The deadline moved to"],
    ),
    (
        "Why was the hand-in date for the regression work changed?",
        "s_office_hours_regression",
        ["That's because the library"],
    ),
    (
        "How many records were in the dataset Priya analysed?",
        "s_office_hours_regression",
        ["I used all 412"],
    ),
    (
        "What program was Priya doing her statistics in?",
        "s_office_hours_regression",
        ["In Excel, mostly"],
    ),
    (
        "How late can students use the computer room with R?",
        "s_office_hours_regression",
        ["The computer lab on"],
    ),
    (
        "How many marks are the diagnostic plots worth?",
        "s_office_hours_regression",
        ["Fifteen out of the"],
    ),
    (
        "How long a draft did the lecturer agree to read, and by when?",
        "s_office_hours_regression",
        ["Send a single page,"],
    ),
    # s_office_hours_extension
    (
        "How much longer was the tutor available when Tom arrived?",
        "s_office_hours_extension",
        ["Until half past four"],
    ),
    (
        "Why did Tom need extra time for his history essay?",
        "s_office_hours_extension",
        ["My grandmother was in"],
    ),
    (
        "Who handles essay extension requests these days?",
        "s_office_hours_extension",
        ["Since September they go"],
    ),
    (
        "How long does an extension application normally take to be decided?",
        "s_office_hours_extension",
        ["Usually about five working"],
    ),
    (
        "How long is the essay on the cotton mills supposed to be?",
        "s_office_hours_extension",
        ["The 3,000 word one"],
    ),
    (
        "Where can students find the old factory inspection reports?",
        "s_office_hours_extension",
        ["The university archive has"],
    ),
    (
        "How many people fit in the archive's reading room?",
        "s_office_hours_extension",
        ["Book a slot online,"],
    ),
    (
        "Which places did the tutor suggest Tom compare in his essay?",
        "s_office_hours_extension",
        ["One from Manchester, one"],
    ),
    (
        "What did the tutor think of Tom's line of argument?",
        "s_office_hours_extension",
        ["Honestly, I think your"],
    ),
    # s_phd_supervision_fieldwork
    (
        "How much of the sampling got done on the second estuary visit?",
        "s_phd_supervision_fieldwork",
        ["We got 30 of"],
    ),
    (
        "How many quadrats had the supervisor expected?",
        "s_phd_supervision_fieldwork",
        ["I'd have guessed twenty"],
    ),
    (
        "Who assisted on the boat during the fieldwork?",
        "s_phd_supervision_fieldwork",
        ["Hamid helped on the"],
    ),
    (
        "Why can't the PhD student go back to the estuary in March?",
        "s_phd_supervision_fieldwork",
        ["But the tide tables"],
    ),
    (
        "What part of chapter three did the supervisor want straight away?",
        "s_phd_supervision_fieldwork",
        ["Send me the methods"],
    ),
    (
        "Why was the supervisor against counting seagrass shoots by hand?",
        "s_phd_supervision_fieldwork",
        ["Hand counts at your"],
    ),
    (
        "How should the student double-check the photo-based counts?",
        "s_phd_supervision_fieldwork",
        ["Stick with photos, but"],
    ),
    (
        "When does the student's PhD money run out?",
        "s_phd_supervision_fieldwork",
        ["My funding ends in"],
    ),
    (
        "By when must the completion fund application go in?",
        "s_phd_supervision_fieldwork",
        ["I'll write the support"],
    ),
    # s_phd_supervision_conference
    (
        "Where was the co-supervisor joining the meeting from?",
        "s_phd_supervision_conference",
        ["Okay, Lena, Mark is"],
    ),
    (
        "In what format will Lena present at the Lisbon conference?",
        "s_phd_supervision_conference",
        ["It did, as a"],
    ),
    (
        "Why did the co-supervisor think a poster was a good result?",
        "s_phd_supervision_conference",
        ["You'll actually talk to"],
    ),
    (
        "How much is the registration fee for the conference?",
        "s_phd_supervision_conference",
        ["Registration alone is 480"],
    ),
    (
        "How was Lena told to fund her flights?",
        "s_phd_supervision_conference",
        ["For travel, apply to"],
    ),
    (
        "What mistake did Mark spot in the draft paper?",
        "s_phd_supervision_conference",
        ["The catalyst results are", "One says 72%, the"],
    ),
    (
        "Which of the two yield figures is the correct one?",
        "s_phd_supervision_conference",
        ["The 68% is from"],
    ),
    (
        "Why did the main supervisor want to stick with the original journal?",
        "s_phd_supervision_conference",
        ["Their last three issues"],
    ),
    (
        "What is the timeline for corrections and submission of the paper?",
        "s_phd_supervision_conference",
        ["So the plan is"],
    ),
    # s_evening_class_spanish
    (
        "Where does Carmen's Spanish class meet?",
        "s_evening_class_spanish",
        ["Tonight on Community Hour"],
    ),
    (
        "How many people came to the Spanish class when it first began?",
        "s_evening_class_spanish",
        ["I started with six"],
    ),
    (
        "What made Derek want to learn Spanish?",
        "s_evening_class_spanish",
        ["My daughter married a"],
    ),
    ("How long has Derek been attending?", "s_evening_class_spanish", ["Two years in October"]),
    (
        "What did Derek manage to tell his daughter's in-laws about?",
        "s_evening_class_spanish",
        ["Last Christmas I told"],
    ),
    (
        "Is there a cheaper rate for older people in the Spanish class?",
        "s_evening_class_spanish",
        ["Over-sixties pay 60"],
    ),
    (
        "Why did the Spanish class almost shut down?",
        "s_evening_class_spanish",
        ["It was cheaper, but"],
    ),
    ("How did the learners keep the class going?", "s_evening_class_spanish", ["They ran a quiz"]),
    (
        "What advice does Derek have for nervous adult beginners?",
        "s_evening_class_spanish",
        ["Don't wait like I", "And don't worry about"],
    ),
    # s_evening_class_bookkeeping
    (
        "What time do the bookkeeping sessions start?",
        "s_evening_class_bookkeeping",
        ["Both start at 6:30"],
    ),
    ("Which evening group still had room?", "s_evening_class_bookkeeping", ["Monday is full, but"]),
    (
        "What does the bookkeeping course cost without any discount?",
        "s_evening_class_bookkeeping",
        ["The full fee is"],
    ),
    (
        "Who gets the bookkeeping course for free?",
        "s_evening_class_bookkeeping",
        ["If you're earning under"],
    ),
    ("What is the caller's annual salary?", "s_evening_class_bookkeeping", ["I earn about 19"]),
    (
        "What bookkeeping does the caller already do?",
        "s_evening_class_bookkeeping",
        ["I keep the accounts"],
    ),
    (
        "Does the caller have to bring a laptop to class?",
        "s_evening_class_bookkeeping",
        ["No, the classroom has"],
    ),
    (
        "How long does the bookkeeping course run and when is the exam?",
        "s_evening_class_bookkeeping",
        ["Thirty weeks, from September"],
    ),
    (
        "How many classes can you skip and still take the exam?",
        "s_evening_class_bookkeeping",
        ["You need 80% attendance"],
    ),
    # s_music_lesson_violin
    ("How old is the violin pupil?", "s_music_lesson_violin", ["She's nine and she's"]),
    (
        "How long does Zara practise each day at the moment?",
        "s_music_lesson_violin",
        ["She only practises about"],
    ),
    (
        "How much practice did the teacher want Zara to do?",
        "s_music_lesson_violin",
        ["But I'd like to"],
    ),
    (
        "How did the teacher suggest splitting the practice time?",
        "s_music_lesson_violin",
        ["Zara, what if practice"],
    ),
    (
        "Which day did Zara refuse to practise on?",
        "s_music_lesson_violin",
        ["Not on Saturdays though"],
    ),
    ("When might Zara sit her grade exam?", "s_music_lesson_violin", ["I think she could"]),
    ("What are the costs of the violin exam?", "s_music_lesson_violin", ["The board charges 52"]),
    ("Why does Zara's bow keep drifting?", "s_music_lesson_violin", ["Her arm is too"]),
    (
        "Why is buying a bigger violin not worth it?",
        "s_music_lesson_violin",
        ["Buying a decent one"],
    ),
    # s_music_lesson_guitar
    (
        "How old was Graham when he started playing guitar?",
        "s_music_lesson_guitar",
        ["This week on Late"],
    ),
    (
        "What gave Graham the time to take up guitar?",
        "s_music_lesson_guitar",
        ["Redundancy, honestly, more", "The factory closed in"],
    ),
    (
        "How long did Graham learn from online videos?",
        "s_music_lesson_guitar",
        ["For about six months,"],
    ),
    (
        "What was wrong with Graham's self-taught playing?",
        "s_music_lesson_guitar",
        ["My timing was all", "I'd speed up in"],
    ),
    (
        "How much does Graham pay for guitar lessons?",
        "s_music_lesson_guitar",
        ["Thirty pounds for 45"],
    ),
    (
        "Why does his teacher only see him fortnightly?",
        "s_music_lesson_guitar",
        ["She said adults need"],
    ),
    (
        "What was the first change Ruth made to his practice?",
        "s_music_lesson_guitar",
        ["She made me use"],
    ),
    (
        "What nearly made Graham give up?",
        "s_music_lesson_guitar",
        ["The barre chords, definitely", "My fingers hurt for"],
    ),
    ("Where does Graham play these days?", "s_music_lesson_guitar", ["Now I play in"]),
    (
        "What does Graham wish he had done differently?",
        "s_music_lesson_guitar",
        ["Get a teacher sooner", "Six months of bad"],
    ),
    # s_apprentice_review_electrician
    (
        "What project has Kyle been working on recently?",
        "s_apprentice_review_electrician",
        ["I've been on the"],
    ),
    (
        "What did Kyle fit on his own last week?",
        "s_apprentice_review_electrician",
        ["Last week I did"],
    ),
    (
        "What did the boss think of Kyle's consumer unit?",
        "s_apprentice_review_electrician",
        ["He did it well,", "Neat, labelled, tested first"],
    ),
    (
        "Why did Kyle miss two college days?",
        "s_apprentice_review_electrician",
        ["Two of those were"],
    ),
    (
        "What was Kyle's excuse for the other missed Thursday?",
        "s_apprentice_review_electrician",
        ["I just overslept that"],
    ),
    (
        "How far behind is Kyle's portfolio?",
        "s_apprentice_review_electrician",
        ["You should have 14"],
    ),
    (
        "What goal was set for Kyle before the next review?",
        "s_apprentice_review_electrician",
        ["Eight write-ups before the"],
    ),
    (
        "When will Kyle have time to write up his evidence?",
        "s_apprentice_review_electrician",
        ["I can give him"],
    ),
    (
        "How does Kyle plan to stop arriving late on site?",
        "s_apprentice_review_electrician",
        ["I'm getting the earlier"],
    ),
    ("When is Kyle's following review?", "s_apprentice_review_electrician", ["Next review is in"]),
    # s_apprentice_review_chef
    (
        "What hours does Jess work in the kitchen?",
        "s_apprentice_review_chef",
        ["Ten till three, then"],
    ),
    (
        "What's the weekly hours limit for apprentices at the restaurant?",
        "s_apprentice_review_chef",
        ["We don't put apprentices"],
    ),
    (
        "Which section did Jess work on before pastry?",
        "s_apprentice_review_chef",
        ["Before that I was"],
    ),
    (
        "What did Marco praise about Jess's pastry work?",
        "s_apprentice_review_chef",
        ["Her lamination is the", "Her croissants sold out"],
    ),
    (
        "What does Jess find difficult during service?",
        "s_apprentice_review_chef",
        ["Speed on the grill", "She freezes when there"],
    ),
    (
        "Why did the mentor prefer Saturday lunches over a month on the grill?",
        "s_apprentice_review_chef",
        ["I'd rather do two", "Lunch is calmer than"],
    ),
    (
        "Where and when is the next food hygiene course?",
        "s_apprentice_review_chef",
        ["The next course is"],
    ),
    (
        "When is Jess's final assessment likely to be?",
        "s_apprentice_review_chef",
        ["Then your end point"],
    ),
    # s_bootcamp_graduate
    (
        "How long did Aisha work in nursing and where?",
        "s_bootcamp_graduate",
        ["Nine years, mostly on"],
    ),
    (
        "How many hours a week did the bootcamp actually take up?",
        "s_bootcamp_graduate",
        ["In practice it was"],
    ),
    ("How did Aisha pay the bootcamp fees?", "s_bootcamp_graduate", ["I paid half upfront"]),
    (
        "How does the income share arrangement work?",
        "s_bootcamp_graduate",
        ["You pay nothing more"],
    ),
    (
        "Did the bootcamp's job promise hold up for her classmates?",
        "s_bootcamp_graduate",
        ["They promised everyone a"],
    ),
    ("How long did Aisha's job search take?", "s_bootcamp_graduate", ["Five months and something"]),
    ("How did Aisha land her first developer role?", "s_bootcamp_graduate", ["The job I got"]),
    (
        "Why was Aisha picked over computer science graduates?",
        "s_bootcamp_graduate",
        ["It was the reason"],
    ),
    (
        "What should people do before paying for a bootcamp?",
        "s_bootcamp_graduate",
        ["Do a free course"],
    ),
    # s_bootcamp_admissions
    (
        "Is being in your forties too old to start the data course?",
        "s_bootcamp_admissions",
        ["Our oldest graduate last"],
    ),
    (
        "What do applicants have to pass before joining?",
        "s_bootcamp_admissions",
        ["You do need to"],
    ),
    ("How many tries do you get at the entry test?", "s_bootcamp_admissions", ["You can take it"]),
    (
        "When do the part-time data classes happen?",
        "s_bootcamp_admissions",
        ["The part-time course is"],
    ),
    ("Can the data course fee be paid monthly?", "s_bootcamp_admissions", ["You can spread that"]),
    (
        "Does Byteworks guarantee its graduates a job?",
        "s_bootcamp_admissions",
        ["We don't, and I'd"],
    ),
    (
        "What proportion of graduates found relevant work?",
        "s_bootcamp_admissions",
        ["We offer careers coaching"],
    ),
    ("Why was R taken off the syllabus?", "s_bootcamp_admissions", ["We dropped R last"]),
    ("When can the caller try a free session?", "s_bootcamp_admissions", ["There's a free taster"]),
    # s_sign_language_course
    (
        "Where is the beginners' BSL course run?",
        "s_sign_language_course",
        ["Today we're talking about"],
    ),
    ("How did Bethan first learn sign language?", "s_sign_language_course", ["I grew up signing"]),
    (
        "What made Kemal decide to learn to sign?",
        "s_sign_language_course",
        ["I work on the", "For a year I"],
    ),
    (
        "What news did the customer share with Kemal?",
        "s_sign_language_course",
        ["Last week she told"],
    ),
    (
        "How many hours and weeks is the signing course?",
        "s_sign_language_course",
        ["It's Level 1, thirty"],
    ),
    (
        "What do hearing people struggle with most when learning to sign?",
        "s_sign_language_course",
        ["Facial expression, almost always"],
    ),
    (
        "What did Kemal get wrong when asking questions?",
        "s_sign_language_course",
        ["I kept asking questions"],
    ),
    ("How did learners do in last term's exam?", "s_sign_language_course", ["Last term all 11"]),
    (
        "Are there free places for people on benefits?",
        "s_sign_language_course",
        ["The library pays for"],
    ),
    (
        "What does Bethan suggest people do before starting Level 2?",
        "s_sign_language_course",
        ["Honestly, I'd tell people"],
    ),
    # s_first_aid_course
    (
        "Where did the warehouse first aid training take place?",
        "s_first_aid_course",
        ["This morning we're at"],
    ),
    (
        "What was the one-afternoon course the host went on?",
        "s_first_aid_course",
        ["That would've been the"],
    ),
    (
        "How long is the full workplace first aid qualification?",
        "s_first_aid_course",
        ["The full certificate is"],
    ),
    (
        "How many first aiders should a 300-person warehouse have?",
        "s_first_aid_course",
        ["Here, with about 300"],
    ),
    (
        "How many trained first aiders will the site have after the course?",
        "s_first_aid_course",
        ["Exactly, so after this"],
    ),
    (
        "How deep and how fast should CPR compressions be?",
        "s_first_aid_course",
        ["Five to six centimetres,"],
    ),
    (
        "What did the trainer say about the risk of cracking ribs?",
        "s_first_aid_course",
        ["A broken rib heals,"],
    ),
    (
        "What condition was the warehouse defibrillator in?",
        "s_first_aid_course",
        ["It was bought in"],
    ),
    (
        "How often does Gareth think people should refresh their training?",
        "s_first_aid_course",
        ["I'd recommend a half"],
    ),
]
