"""Civic and education meeting conversations with paraphrased questions, part F  (written for audio_rag; original text)"""

CONVERSATIONS = {
    "f_lecture_coral_qa": {
        "turns": [
            (
                "chair",
                "Thank you, Dr Okafor, for a fascinating lecture on reef recovery. We have about fifteen minutes for questions, so hands up. Yes, at the front.",
            ),
            (
                "student",
                "Hi, you mentioned the 2016 bleaching event several times. How much of the reef you studied actually died that year?",
            ),
            (
                "lecturer",
                "On our transects it was roughly 40% of the hard coral cover. Some sites lost almost everything, while the deeper ones barely changed.",
            ),
            ("student", "And has it come back since?"),
            (
                "lecturer",
                "Partly. The fast growing branching corals returned within about five years. The big boulder corals are a different story, because they can take a century to reach full size.",
            ),
            ("chair", "Another question, from the middle row."),
            (
                "student",
                "You showed the drone photographs. Who actually processed all those images?",
            ),
            (
                "lecturer",
                "Mostly a team of eleven undergraduates, over two summers. They labelled something like 90,000 frames by hand before we trained a classifier on them.",
            ),
            ("student", "Wow."),
            ("lecturer", "Yes, it was a huge effort, and they are all co-authors on the paper."),
            (
                "chair",
                "I have one from online. Someone asks whether coral gardening, growing fragments in nurseries and replanting them, is worth the money.",
            ),
            (
                "lecturer",
                "Honestly, only as a local fix. It costs somewhere near $30 per fragment once you count the boat time and divers. I would rather see that money spent on cutting nutrient runoff from farms, which helps the whole reef at once.",
            ),
            ("student", "So you think the nurseries are a distraction?"),
            (
                "lecturer",
                "Not a distraction, but they can make people feel the problem is being solved when it is not.",
            ),
            ("chair", "Right. Time for one last question."),
            ("student", "Where can students join the fieldwork next year?"),
            (
                "lecturer",
                "We take four volunteers each March to the research station on Heron Island. Applications open in November through the department office.",
            ),
            ("chair", "Wonderful. Please join me in thanking Dr Okafor."),
        ],
    },
    "f_lecture_glacier_qa": {
        "turns": [
            (
                "host",
                "Thanks, Professor Lindqvist. We have time for a few questions about the glacier work. Let's start with the gentleman by the aisle.",
            ),
            (
                "audience",
                "You said the glacier retreated a lot. How far exactly, since measurements began?",
            ),
            (
                "professor",
                "Around 1.8 kilometres since 1931, when the first survey markers were put in. About half of that happened after the year 2000.",
            ),
            ("audience", "That's quicker than I expected."),
            ("professor", "It surprised us too."),
            ("host", "Next, a question from a student at the back."),
            ("audience", "How do you measure the ice thickness? Do you drill through it?"),
            (
                "professor",
                "Only at a few points. For most of the glacier we tow a ground penetrating radar on a sledge, which sees down to about 300 metres. Drilling is slow and each borehole costs several days of work.",
            ),
            ("audience", "And the meltwater, does anyone use it downstream?"),
            (
                "professor",
                "Very much so. Three villages and a small hydropower plant rely on it in late summer. Our models suggest the summer flow peaks around 2040 and then starts falling, which worries the power company a great deal.",
            ),
            (
                "host",
                "There's a question online about whether covering glaciers with white sheets works.",
            ),
            (
                "professor",
                "It does slow melting locally, by maybe a third under the fabric. But it is only practical on ski slopes and tourist caves, not on a glacier of 20 square kilometres. I think it is mostly symbolic.",
            ),
            ("audience", "What would you recommend instead, then?"),
            (
                "professor",
                "Planning for the water shortage now. Building storage reservoirs and changing irrigation takes twenty years, so the valleys need to start before the peak passes.",
            ),
            ("host", "Exactly, yes. Last one, quickly."),
            ("audience", "Is the data public?"),
            (
                "professor",
                "All of it. The radar profiles and the survey records are on the university's open repository under a Creative Commons licence.",
            ),
            ("host", "Brilliant. Thank you all for coming."),
        ],
    },
    "f_parents_evening_maths": {
        "turns": [
            (
                "teacher",
                "Good evening, you must be Jamal's mum. Come and sit down. I teach him maths in Year 9.",
            ),
            ("mother", "Yes, hello. He says he's doing fine, but I'd like to hear it from you."),
            (
                "teacher",
                "He is doing well overall. His last test score was 68%, which puts him in the middle of the top set. Algebra is his strongest area by some distance.",
            ),
            ("mother", "And the weak spots?"),
            (
                "teacher",
                "Geometry, mainly. He rushes the diagrams and loses marks for not showing his working. On the last paper that alone cost him about 9 marks.",
            ),
            ("pupil", "I know the answers though."),
            (
                "teacher",
                "You often do, Jamal, but the examiners can't give credit for what they can't see.",
            ),
            ("mother", "What about homework? He tells me he finishes it at school."),
            (
                "teacher",
                "That's partly true. He hands in about three out of four pieces on time. The missing ones are usually the longer problem sets given out on Fridays.",
            ),
            ("mother", "Right. I'll keep an eye on Fridays then."),
            (
                "teacher",
                "That would help. I'd also suggest the online practice platform the school pays for, Mathsgrid. Twenty minutes, three times a week, would make a real difference to the geometry.",
            ),
            ("mother", "Is there any extra support at school?"),
            (
                "teacher",
                "There's a lunchtime maths club on Wednesdays in room 14. Mr Patel runs it and it's quite relaxed.",
            ),
            ("pupil", "My friend Sam goes. It's alright."),
            (
                "mother",
                "Then you're going, Jamal. And is he on track for the higher paper at GCSE?",
            ),
            (
                "teacher",
                "If he keeps this up, yes, I'd expect him to sit the higher tier. We make the final decision in the spring of Year 11.",
            ),
            ("mother", "Thank you, that's really useful."),
        ],
    },
    "f_parents_evening_reading": {
        "turns": [
            (
                "teacher",
                "Hello, Mr Brennan, thanks for coming in. I'm Miss Howe, Ellie's Year 3 class teacher.",
            ),
            ("father", "Nice to meet you. Her mum is working tonight, so it's just me."),
            (
                "teacher",
                "No problem at all. I wanted to talk mostly about her reading, because that's where we've seen the biggest change this term.",
            ),
            ("father", "Good change, I hope?"),
            (
                "teacher",
                "Very good. In September she was reading at what we'd expect for a six year old. She's now moved up two book bands and is reading chapter books on her own.",
            ),
            ("father", "That's great. What do you think made the difference?"),
            (
                "teacher",
                "Honestly, the audiobooks you mentioned at the start of term. She began following along in the printed copy, and her confidence took off from there.",
            ),
            ("father", "She's obsessed with the dragon series at the moment."),
            ("teacher", "I can tell! She did her book review on it last week."),
            ("father", "And her writing? Her spelling seems all over the place to me."),
            (
                "teacher",
                "Spelling is behind her reading, yes, but that's very normal. She spells words the way they sound, which is a good sign at this stage. We'll be doing a weekly spelling list of ten words from next month.",
            ),
            ("father", "Should we be testing her at home?"),
            (
                "teacher",
                "Gently. Five minutes in the car or at breakfast is better than a long session on Sunday night. Please don't make it feel like a test.",
            ),
            ("father", "Understood. Anything else we should know?"),
            (
                "teacher",
                "She's been a bit quiet in group work. She tends to let the louder children lead. I've paired her with a calmer partner, and I'll let you know how it goes before the February half term.",
            ),
            ("father", "Thanks. I'll mention it to her mum."),
        ],
    },
    "f_housing_committee_dairy": {
        "turns": [
            (
                "chair",
                "Item four is the application for the former dairy site on Mill Lane. I'll ask the planning officer to summarise first.",
            ),
            (
                "officer",
                "Thank you, Chair. The applicant proposes 96 homes in three blocks, the tallest being five storeys. Thirty percent would be affordable, which meets our policy minimum. The recommendation is approval with conditions.",
            ),
            ("chair", "Thank you. We have one registered objector. You have three minutes."),
            (
                "objector",
                "Thank you. I live on Mill Lane and speak for the residents' association, which has 140 members. Our main concern is the five storey block. It would overlook the gardens on the east side and block the afternoon sun.",
            ),
            ("chair", "Anything else?"),
            (
                "objector",
                "Parking. The scheme has only 48 spaces for 96 homes. The lane is already full every evening.",
            ),
            ("chair", "Thank you. The applicant now has three minutes."),
            (
                "applicant",
                "We've listened to residents already. The original plan was six storeys and we dropped a floor after the consultation in March. The site is eight minutes' walk from the station, so we think one space for every two homes is reasonable.",
            ),
            ("chair", "Officer, on the overlooking point?"),
            (
                "officer",
                "The separation distance to the nearest gardens is 24 metres, which is above our guidance of 21. We do suggest a condition requiring obscured glass on the east facing stairwells.",
            ),
            ("objector", "Could I just add one thing?"),
            (
                "chair",
                "I'm afraid not, the speaking time is over. Councillor Ahmed has asked about the dairy building itself. Is any of it being kept?",
            ),
            (
                "applicant",
                "The front brick range facing the lane will be kept and converted into a café and two flats. The rest is in poor condition.",
            ),
            (
                "chair",
                "Then I'll move to the vote. Seven councillors are in favour and two against. The application is approved with the conditions set out in the report.",
            ),
        ],
    },
    "f_housing_committee_garages": {
        "turns": [
            (
                "chair",
                "Next is the proposal for the garage court behind Ashcroft Road. This one is the council's own scheme, so we have to be especially careful. Officer?",
            ),
            (
                "officer",
                "The site has 22 lock-up garages, of which only 6 are currently rented. The plan is to demolish them and build eight bungalows for older residents, all at social rent.",
            ),
            ("chair", "Why bungalows rather than flats?"),
            (
                "officer",
                "The housing waiting list has over 300 people aged over 65 who need step-free homes. Bungalows also keep the height low next to existing houses.",
            ),
            (
                "resident",
                "Can I speak? I'm one of the six renting a garage. I keep my late father's motorbike there. Where am I supposed to put it?",
            ),
            ("chair", "Please go on, you have three minutes."),
            (
                "resident",
                "I've rented it for eleven years. Nobody wrote to us until last month, and I only found out from a neighbour. I don't think that's good enough from the council.",
            ),
            (
                "officer",
                "That's a fair criticism. The letters were delayed, and we've apologised. Current tenants will be offered a garage at the Fenwick Street block, which is about a ten minute walk away, with the first year free.",
            ),
            ("resident", "Ten minutes with a motorbike I can't ride isn't ideal."),
            ("councillor", "Chair, could I ask about the trees along the boundary?"),
            ("chair", "Of course."),
            ("councillor", "There are three mature oaks there. Will they survive the build?"),
            (
                "officer",
                "Two of them will be kept with root protection fencing. The third has a fungal disease and the tree officer recommends removing it anyway. The applicant will plant five new trees in its place.",
            ),
            (
                "councillor",
                "I'm content with that, but I'd like the letters problem noted in the minutes.",
            ),
            ("chair", "Agreed. All in favour? The vote is unanimous, so it's approved."),
        ],
    },
    "f_watch_bike_thefts": {
        "turns": [
            (
                "coordinator",
                "Evening everyone, thanks for coming to the Elmfield neighbourhood watch. We've got PCSO Daniels with us tonight, and the main topic is bike thefts.",
            ),
            (
                "pcso",
                "Thanks. So, in the last three months we've had 17 bikes reported stolen in this ward, compared with four in the same period last year.",
            ),
            ("member", "Seventeen? Where from?"),
            (
                "pcso",
                "Mostly from back gardens and the communal sheds on Cedar Court. Most were locked, but with cheap cable locks that can be cut in seconds.",
            ),
            ("member", "Mine was one of them. It was an electric bike, worth about £1,400."),
            ("coordinator", "Sorry to hear that, Linda. Did you get it back?"),
            ("member", "No. The insurance paid out eventually, but only after six weeks of forms."),
            (
                "pcso",
                "That's the frustrating part. We've recovered three of the seventeen, and two of those turned up on an online marketplace.",
            ),
            ("coordinator", "What should people actually do?"),
            (
                "pcso",
                "Use a D lock, ideally two different types of lock. And register the frame number on the national bike database, because that's how we matched the two we found online.",
            ),
            ("member", "Is it worth getting a camera for the shed?"),
            (
                "pcso",
                "It helps, but honestly a motion light is cheaper and scares off more people. Cameras are good for evidence after the fact.",
            ),
            (
                "coordinator",
                "We've talked about a bulk order of shed alarms for members. I've had a quote for 30 alarms at £12 each.",
            ),
            ("member", "I'd take one."),
            (
                "coordinator",
                "Good. I'll put a sign-up sheet by the door. Next meeting is the second Tuesday of next month at the scout hut.",
            ),
        ],
    },
    "f_watch_doorstep_scams": {
        "turns": [
            (
                "chair",
                "Right, let's get started. Tonight's focus is doorstep fraud, after several reports from Beacon Rise. We've invited Mr Osei from trading standards.",
            ),
            (
                "officer",
                "Thank you. Since January, we've had nine reports in this area of men offering roof or gutter repairs. The typical story is they point at a loose tile, do ten minutes of work, and ask for several hundred pounds.",
            ),
            (
                "member",
                "That's exactly what happened to my neighbour, Mrs Grant. They charged her £850 for resealing a chimney.",
            ),
            ("officer", "Did she pay in cash?"),
            ("member", "She did. They drove her to the bank themselves."),
            (
                "officer",
                "Unfortunately that's a pattern. Anyone who offers to take you to the bank is almost certainly a fraudster. A genuine trader will never do that.",
            ),
            ("chair", "What can we do as a group?"),
            (
                "officer",
                "Two things. First, we can set up a no cold calling zone for the street, with signs on lampposts and stickers for front doors. Second, keep an eye on older neighbours who live alone, because they are targeted most.",
            ),
            ("member", "Do the stickers actually work?"),
            (
                "officer",
                "In the zones we've run, reports dropped by about 60% in the first year. They won't stop a determined criminal, but they put off the casual ones.",
            ),
            ("chair", "How long does it take to set up a zone?"),
            (
                "officer",
                "About two months. We need at least 70% of households to agree, so someone has to go door to door with the form.",
            ),
            ("member", "I can do the odd numbers."),
            (
                "chair",
                "And I'll do the even side. If anyone sees a suspicious van, what should they note?",
            ),
            (
                "officer",
                "The registration, the company name on the side if there is one, and a description of the people. Call 101, or 999 if someone is being pressured right now.",
            ),
            ("chair", "Thanks, that's very clear."),
        ],
    },
    "f_library_budget_hours": {
        "turns": [
            (
                "chair",
                "Welcome to the budget hearing on library services. The council needs to save £210,000 from the libraries budget next year. The proposal on the table is to reduce opening hours at all five branches. Head of libraries, please.",
            ),
            (
                "librarian",
                "Thank you. Under the proposal, the central library would stay open six days but close at 5 instead of 8 in the evening. The four branch libraries would drop from five days a week to three.",
            ),
            ("chair", "How many staff posts are affected?"),
            (
                "librarian",
                "Nine full time equivalent posts. We hope most of that can be covered by people retiring or leaving, rather than redundancies.",
            ),
            (
                "resident",
                "Can I ask why evenings are being cut at central? That's when students and working people can actually come.",
            ),
            (
                "librarian",
                "It's a fair point. Evenings are our quietest time by visitor numbers, roughly 15% of daily visits after 5. But I accept they're a different group of people.",
            ),
            (
                "resident",
                "My son does his homework there every evening, because we don't have a quiet space at home. Lots of kids from the estate do.",
            ),
            ("chair", "Thank you. Are there alternatives being looked at?"),
            (
                "librarian",
                "We looked at self-service opening, where members scan their card to get in without staff present. It's worked in Denmark and some English counties. Setting it up would cost around £90,000 per branch.",
            ),
            ("resident", "So why not do that?"),
            (
                "librarian",
                "Because that money would have to come from the capital budget, and that's been frozen until 2026.",
            ),
            ("resident", "Right."),
            (
                "chair",
                "I'll note that as a recommendation to the finance committee. Anything else from the floor?",
            ),
            (
                "resident",
                "Just that closing libraries two days a week hits older people hard. For some, it's the only place they talk to anyone.",
            ),
            (
                "chair",
                "Noted. The consultation closes on the 30th of April, and responses can be made online or on paper forms at any branch.",
            ),
        ],
    },
    "f_library_budget_mobile": {
        "turns": [
            (
                "chair",
                "The second part of tonight's hearing concerns the mobile library and the book fund. Ms Kaur, over to you.",
            ),
            (
                "manager",
                "Thanks. Our mobile library van is fourteen years old and failed its last inspection on the brakes. A replacement costs around £160,000. The proposal is not to replace it, and to end the service in September.",
            ),
            ("councillor", "How many people actually use it?"),
            (
                "manager",
                "It stops at 23 villages every fortnight and has about 650 regular borrowers. Most of them are over 70.",
            ),
            ("councillor", "So what happens to those 650 people?"),
            (
                "manager",
                "We'd offer a home delivery service run by volunteers, with books dropped off monthly. We already have a similar scheme in the town with about 40 volunteers.",
            ),
            (
                "volunteer",
                "I'm one of those volunteers, and I'd say be careful. We struggle to cover the town as it is. Rural routes mean a lot more driving, and we pay for our own petrol.",
            ),
            ("councillor", "That's an important point."),
            (
                "volunteer",
                "And the van is more than books. The driver, Gareth, is the only visitor some of those people see all week.",
            ),
            ("chair", "Let's turn to the book fund."),
            (
                "manager",
                "The book fund would be reduced from £95,000 to £70,000. We'd protect children's books and buy fewer adult hardbacks, leaning more on e-books, which are cheaper per loan.",
            ),
            (
                "councillor",
                "Are e-books really cheaper? I've heard publishers charge libraries a fortune.",
            ),
            (
                "manager",
                "Per copy, they're often three times the price of a print book. But each licence gets borrowed much more, so the cost per loan works out lower.",
            ),
            ("councillor", "I'm not convinced, but I'll take your word for now."),
            ("chair", "Thank you. These proposals will go to cabinet on the 12th of June."),
        ],
    },
    "f_mediation_deposit": {
        "turns": [
            (
                "mediator",
                "Thank you both for agreeing to mediation. My role is to help you reach an agreement, not to decide who's right. Ms Novak, you're the claimant, so would you like to start?",
            ),
            (
                "tenant",
                "Sure. I rented the flat on Wharf Street for two years and paid a deposit of £1,100. When I moved out in August, Mr Hale kept £700 of it, and I think that's unfair.",
            ),
            ("mediator", "Mr Hale, what was the £700 for?"),
            (
                "landlord",
                "Three things. A stained carpet in the bedroom, a cracked oven door, and cleaning, because the flat was left dirty.",
            ),
            ("tenant", "The carpet was already marked when I moved in. It's in the inventory."),
            (
                "landlord",
                "There was a small mark, yes. Now there's a stain the size of a dinner plate.",
            ),
            ("mediator", "Do you both have photographs?"),
            (
                "tenant",
                "I have photos from move in day and move out day. The kitchen was spotless, I paid a cleaner £120 the day before I left.",
            ),
            (
                "landlord",
                "I can't argue with the kitchen, to be fair. My main issue is the carpet and the oven.",
            ),
            (
                "mediator",
                "So cleaning might be off the table. What did you charge for each of the other items?",
            ),
            ("landlord", "£350 for the carpet, £200 for the oven door, and £150 for cleaning."),
            ("mediator", "Ms Novak, what about the oven?"),
            (
                "tenant",
                "The door cracked when I was cooking normally. I reported it straight away by email, in March.",
            ),
            (
                "mediator",
                "Mr Hale, would you consider splitting the oven cost, given it was reported promptly?",
            ),
            (
                "landlord",
                "Fine, I'll take £100 for the oven. And I'll drop the carpet to £200, since it was an old carpet anyway.",
            ),
            ("tenant", "So £300 in total instead of £700? I can accept that."),
            (
                "mediator",
                "Good. I'll write that up as a settlement, and Mr Hale will return the remaining £800 within fourteen days.",
            ),
        ],
    },
    "f_mediation_car_repair": {
        "turns": [
            (
                "mediator",
                "Good afternoon. This is a small claims mediation between Mr Adeyemi and Hollybank Motors. I'll hear each side, then we'll look for common ground. Mr Adeyemi?",
            ),
            (
                "customer",
                "I took my car in for a gearbox noise in May. They quoted £480, and I ended up paying £1,260. Nobody rang me to approve the extra work.",
            ),
            ("mediator", "Mr Ross, you're the owner of the garage?"),
            (
                "garage",
                "That's right. When we took the gearbox apart, the clutch was also worn through. We did ring him, twice, and left a voicemail. We can't leave a car in bits on the ramp for days.",
            ),
            ("customer", "I never got a voicemail. I checked."),
            ("mediator", "Do you have a phone record, Mr Ross?"),
            (
                "garage",
                "Our phone system logs outgoing calls. It shows two calls to his number on the 14th, each under a minute.",
            ),
            ("customer", "Under a minute could just be ringing out."),
            ("mediator", "That's possible. What outcome are you hoping for, Mr Adeyemi?"),
            (
                "customer",
                "I want the £780 difference back. If they'd asked, I might have taken it somewhere cheaper for the clutch.",
            ),
            (
                "garage",
                "With respect, nobody would do that clutch for much less. The part alone was £390.",
            ),
            ("mediator", "Let me ask, is the car running well now?"),
            ("customer", "Yes, it drives perfectly, I'll give them that."),
            (
                "mediator",
                "So the work itself isn't disputed, only the authorisation. Mr Ross, your own terms say you need written approval for extra work over £100, is that right?",
            ),
            ("garage", "They do. We should have texted him as well. I accept that."),
            ("mediator", "Would you consider a partial refund?"),
            ("garage", "I could refund the labour on the clutch, which was £250."),
            ("customer", "Make it £300 and a free service next year, and we have a deal."),
            ("garage", "Alright. Done."),
        ],
    },
    "f_governors_uniform": {
        "turns": [
            (
                "chair",
                "Let's move to item five, the uniform review. Headteacher, you've got the figures.",
            ),
            (
                "head",
                "Yes. At the moment a full set of compulsory uniform from our single supplier costs about £185 per child. The new statutory guidance says schools must keep costs down, and several parents have complained.",
            ),
            ("governor", "Which items are the expensive ones?"),
            (
                "head",
                "The blazer, mostly. It's £48 and has to come from the supplier because of the embroidered badge. The branded PE kit adds another £55.",
            ),
            ("chair", "What are you proposing?"),
            (
                "head",
                "Keep the blazer, but allow plain PE kit from any shop, and sell iron-on badges for £3 so families can use a supermarket blazer.",
            ),
            (
                "governor",
                "I'm the parent governor, so I'll say it. Some parents like the blazer. Others would scrap it completely. I did a quick survey on the parents' group and it was roughly 55 to 45 in favour of keeping it.",
            ),
            ("chair", "That's closer than I'd have guessed."),
            ("governor", "Me too."),
            (
                "head",
                "I'd be reluctant to scrap it. The pupils wear it on trips and it helps staff spot our children in a crowd.",
            ),
            ("chair", "What about the second-hand shop?"),
            (
                "head",
                "It's run by the PTA on the first Friday of each month. Last year it sold about 600 items, at £2 each. We'd like to move it into the old music room so it can open every week.",
            ),
            ("governor", "I'd support that. Could we also give new Year 7 families a voucher?"),
            (
                "head",
                "We could fund a £40 voucher for families on free school meals from pupil premium. That's around 70 children in the new intake.",
            ),
            (
                "chair",
                "Then I propose we approve the plain PE kit, the iron-on badge and the voucher, and review the blazer again next year. All agreed?",
            ),
            ("governor", "Agreed."),
        ],
    },
    "f_governors_roof": {
        "turns": [
            (
                "chair",
                "Item three is the premises report. Our business manager, Mr Quinn, will take us through it.",
            ),
            (
                "bursar",
                "Thanks. The main issue is the roof over the sports hall. It leaked badly in November and we had to cancel indoor PE for three weeks. The surveyor says it's at the end of its life and needs replacing, not patching.",
            ),
            ("governor", "What's the cost?"),
            (
                "bursar",
                "The lowest quote is £310,000. We've got £75,000 in reserves we could put towards it.",
            ),
            ("governor", "And the rest?"),
            (
                "bursar",
                "We've applied to the condition improvement fund, which is the government's capital grant for school buildings. We'll hear in April whether we've been successful.",
            ),
            ("chair", "And if we're not?"),
            (
                "bursar",
                "Then we'd patch it again for about £18,000 and reapply next year. It's not ideal, but it would keep the water out.",
            ),
            ("head", "Can I add something on pupil numbers, because it's connected?"),
            ("chair", "Please."),
            (
                "head",
                "Our reception intake for September is 52, against a capacity of 60. The birth rate in the town has fallen, and two other schools have the same problem. Fewer pupils means less funding, roughly £5,000 per child.",
            ),
            ("governor", "So we could be down £40,000 a year?"),
            (
                "head",
                "Exactly, yes. Which is why I'd be cautious about spending all our reserves on the roof.",
            ),
            ("governor", "Have you thought about merging the two reception classes?"),
            (
                "head",
                "Not yet. I'd rather keep two smaller classes this year and see what happens with the local housing development, which might bring families in.",
            ),
            (
                "chair",
                "Sensible. Let's minute that the reserves decision waits for the grant result in April.",
            ),
        ],
    },
}

QUESTIONS = [
    # f_lecture_coral_qa
    (
        "What share of the hard coral died on the study sites during the 2016 bleaching?",
        "f_lecture_coral_qa",
        ["On our transects it"],
    ),
    (
        "Which type of coral recovered quickly after the bleaching?",
        "f_lecture_coral_qa",
        ["The fast growing branching"],
    ),
    (
        "Why do the large rounded corals take so long to recover?",
        "f_lecture_coral_qa",
        ["The big boulder corals"],
    ),
    (
        "Who went through all the drone pictures of the reef?",
        "f_lecture_coral_qa",
        ["Mostly a team of"],
    ),
    (
        "How many images were tagged manually before the classifier was trained?",
        "f_lecture_coral_qa",
        ["They labelled something like"],
    ),
    (
        "Were the undergraduates credited as authors on the reef study?",
        "f_lecture_coral_qa",
        ["Yes, it was a"],
    ),
    (
        "How much does it cost to grow and replant each piece of coral?",
        "f_lecture_coral_qa",
        ["It costs somewhere near"],
    ),
    (
        "What would the reef scientist rather fund instead of coral nurseries?",
        "f_lecture_coral_qa",
        ["I would rather see"],
    ),
    (
        "What is the speaker's worry about coral replanting projects?",
        "f_lecture_coral_qa",
        ["Not a distraction, but"],
    ),
    (
        "How do students apply to go on the reef field trip?",
        "f_lecture_coral_qa",
        ["We take four volunteers", "Applications open in November"],
    ),
    # f_lecture_glacier_qa
    (
        "How far has the glacier pulled back since records started?",
        "f_lecture_glacier_qa",
        ["Around 1.8 kilometres since"],
    ),
    (
        "How much of the glacier's retreat happened this century?",
        "f_lecture_glacier_qa",
        ["About half of that"],
    ),
    (
        "What equipment do they use to find out how deep the ice is?",
        "f_lecture_glacier_qa",
        ["For most of the"],
    ),
    (
        "Why don't the researchers drill more holes in the ice?",
        "f_lecture_glacier_qa",
        ["Drilling is slow and"],
    ),
    (
        "Who downstream relies on the glacier's meltwater?",
        "f_lecture_glacier_qa",
        ["Three villages and a"],
    ),
    (
        "When is the summer meltwater expected to reach its maximum?",
        "f_lecture_glacier_qa",
        ["Our models suggest the"],
    ),
    (
        "How well do white covers on the ice actually work?",
        "f_lecture_glacier_qa",
        ["It does slow melting", "But it is only"],
    ),
    (
        "What is the professor's overall opinion of wrapping glaciers in fabric?",
        "f_lecture_glacier_qa",
        ["I think it is"],
    ),
    (
        "What did the professor advise the valley communities to do?",
        "f_lecture_glacier_qa",
        ["Planning for the water", "Building storage reservoirs and"],
    ),
    (
        "Where can I get hold of the glacier radar data?",
        "f_lecture_glacier_qa",
        ["The radar profiles and"],
    ),
    # f_parents_evening_maths
    (
        "What mark did Jamal get in his latest maths test?",
        "f_parents_evening_maths",
        ["His last test score"],
    ),
    (
        "Which area of maths is Jamal best at?",
        "f_parents_evening_maths",
        ["Algebra is his strongest"],
    ),
    (
        "Why is Jamal dropping marks in geometry?",
        "f_parents_evening_maths",
        ["He rushes the diagrams"],
    ),
    (
        "How many marks did not showing his working lose him on the last paper?",
        "f_parents_evening_maths",
        ["On the last paper"],
    ),
    (
        "How often does Jamal hand his homework in on time?",
        "f_parents_evening_maths",
        ["He hands in about"],
    ),
    (
        "Which homework does Jamal usually fail to hand in?",
        "f_parents_evening_maths",
        ["The missing ones are"],
    ),
    (
        "What did the maths teacher suggest Jamal does at home?",
        "f_parents_evening_maths",
        ["I'd also suggest the", "Twenty minutes, three times"],
    ),
    (
        "When and where does the lunchtime maths club meet?",
        "f_parents_evening_maths",
        ["There's a lunchtime maths"],
    ),
    (
        "Is Jamal expected to take the higher tier GCSE?",
        "f_parents_evening_maths",
        ["If he keeps this"],
    ),
    ("When is the GCSE tier entry decided?", "f_parents_evening_maths", ["We make the final"]),
    # f_parents_evening_reading
    (
        "Why didn't Ellie's mother come to parents' evening?",
        "f_parents_evening_reading",
        ["Her mum is working"],
    ),
    (
        "What level was Ellie reading at when term began?",
        "f_parents_evening_reading",
        ["In September she was"],
    ),
    (
        "How far has Ellie's reading progressed this term?",
        "f_parents_evening_reading",
        ["She's now moved up"],
    ),
    (
        "What does the teacher think improved Ellie's reading?",
        "f_parents_evening_reading",
        ["Honestly, the audiobooks you", "She began following along"],
    ),
    (
        "What books is Ellie really into at the moment?",
        "f_parents_evening_reading",
        ["She's obsessed with the"],
    ),
    (
        "Should the father worry that Ellie's spelling is behind?",
        "f_parents_evening_reading",
        ["Spelling is behind her"],
    ),
    (
        "Why is it a good sign that Ellie writes words as they sound?",
        "f_parents_evening_reading",
        ["She spells words the"],
    ),
    (
        "When do weekly spellings start and how many words are there?",
        "f_parents_evening_reading",
        ["We'll be doing a"],
    ),
    (
        "How does the teacher want spelling practised at home?",
        "f_parents_evening_reading",
        ["Five minutes in the"],
    ),
    (
        "What did the teacher notice about Ellie in group activities?",
        "f_parents_evening_reading",
        ["She's been a bit", "She tends to let"],
    ),
    (
        "What has the teacher changed to help Ellie speak up in groups?",
        "f_parents_evening_reading",
        ["I've paired her with"],
    ),
    # f_housing_committee_dairy
    (
        "How many homes are planned on the old dairy site?",
        "f_housing_committee_dairy",
        ["The applicant proposes 96"],
    ),
    (
        "What share of the Mill Lane homes would be affordable?",
        "f_housing_committee_dairy",
        ["Thirty percent would be"],
    ),
    (
        "How big is the Mill Lane residents' association?",
        "f_housing_committee_dairy",
        ["I live on Mill"],
    ),
    (
        "Why are neighbours unhappy about the tallest block?",
        "f_housing_committee_dairy",
        ["It would overlook the"],
    ),
    (
        "How many parking spaces does the dairy scheme include?",
        "f_housing_committee_dairy",
        ["The scheme has only"],
    ),
    (
        "Did the developer change the design after hearing from residents?",
        "f_housing_committee_dairy",
        ["The original plan was"],
    ),
    (
        "Why does the developer think half a parking space per home is enough?",
        "f_housing_committee_dairy",
        ["The site is eight"],
    ),
    (
        "How far would the new buildings be from the neighbours' gardens?",
        "f_housing_committee_dairy",
        ["The separation distance to"],
    ),
    (
        "Is any part of the original dairy building being kept?",
        "f_housing_committee_dairy",
        ["The front brick range"],
    ),
    (
        "How did the councillors vote on the dairy application?",
        "f_housing_committee_dairy",
        ["Seven councillors are in"],
    ),
    # f_housing_committee_garages
    (
        "How many of the lock-up garages are actually let out?",
        "f_housing_committee_garages",
        ["The site has 22"],
    ),
    (
        "What will replace the garages behind Ashcroft Road?",
        "f_housing_committee_garages",
        ["The plan is to"],
    ),
    (
        "Why did the council choose bungalows instead of flats?",
        "f_housing_committee_garages",
        ["The housing waiting list", "Bungalows also keep the"],
    ),
    (
        "What does the objector keep in his garage?",
        "f_housing_committee_garages",
        ["I keep my late"],
    ),
    (
        "How long has the man been renting his garage?",
        "f_housing_committee_garages",
        ["I've rented it for"],
    ),
    (
        "How did the garage tenant find out about the demolition?",
        "f_housing_committee_garages",
        ["Nobody wrote to us"],
    ),
    (
        "What alternative is being offered to people who rent the garages now?",
        "f_housing_committee_garages",
        ["Current tenants will be"],
    ),
    (
        "What will happen to the oak trees on the boundary?",
        "f_housing_committee_garages",
        ["Two of them will", "The third has a"],
    ),
    (
        "How many trees will be planted to replace the one removed?",
        "f_housing_committee_garages",
        ["The applicant will plant"],
    ),
    (
        "What did the councillor ask to be put in the minutes?",
        "f_housing_committee_garages",
        ["I'm content with that"],
    ),
    # f_watch_bike_thefts
    (
        "How many bicycles have been stolen in Elmfield recently?",
        "f_watch_bike_thefts",
        ["So, in the last"],
    ),
    (
        "Where were most of the bikes stolen from?",
        "f_watch_bike_thefts",
        ["Mostly from back gardens"],
    ),
    (
        "Why were bikes taken even though they were locked up?",
        "f_watch_bike_thefts",
        ["Most were locked, but"],
    ),
    ("How much was Linda's e-bike worth?", "f_watch_bike_thefts", ["It was an electric"]),
    (
        "Did Linda's insurer pay for her stolen bike?",
        "f_watch_bike_thefts",
        ["The insurance paid out"],
    ),
    (
        "How many of the stolen bikes have the police found?",
        "f_watch_bike_thefts",
        ["We've recovered three of"],
    ),
    (
        "What kind of lock does the PCSO recommend for bikes?",
        "f_watch_bike_thefts",
        ["Use a D lock"],
    ),
    (
        "Why should cyclists record their frame number?",
        "f_watch_bike_thefts",
        ["And register the frame"],
    ),
    (
        "Is a camera or a light better for protecting a shed?",
        "f_watch_bike_thefts",
        ["It helps, but honestly"],
    ),
    (
        "How much would each shed alarm cost in the group order?",
        "f_watch_bike_thefts",
        ["I've had a quote"],
    ),
    ("When is the next Elmfield watch meeting?", "f_watch_bike_thefts", ["Next meeting is the"]),
    # f_watch_doorstep_scams
    (
        "How many reports of rogue roofers have there been this year?",
        "f_watch_doorstep_scams",
        ["Since January, we've had"],
    ),
    (
        "How do the doorstep repair con men usually operate?",
        "f_watch_doorstep_scams",
        ["The typical story is"],
    ),
    (
        "How much was the elderly neighbour charged for the chimney work?",
        "f_watch_doorstep_scams",
        ["They charged her £850"],
    ),
    (
        "How did the fraudsters get the cash from Mrs Grant?",
        "f_watch_doorstep_scams",
        ["They drove her to"],
    ),
    (
        "What is a clear sign that a trader is not genuine?",
        "f_watch_doorstep_scams",
        ["Anyone who offers to"],
    ),
    ("What does a no cold calling zone involve?", "f_watch_doorstep_scams", ["First, we can set"]),
    (
        "Which residents are most likely to be targeted by doorstep fraud?",
        "f_watch_doorstep_scams",
        ["Second, keep an eye"],
    ),
    (
        "Have the door stickers made a difference in other areas?",
        "f_watch_doorstep_scams",
        ["In the zones we've"],
    ),
    (
        "How many households need to sign up before a zone can be created?",
        "f_watch_doorstep_scams",
        ["We need at least"],
    ),
    (
        "Who volunteered to collect the forms along the street?",
        "f_watch_doorstep_scams",
        ["I can do the", "And I'll do the"],
    ),
    (
        "What should you write down if you see a dodgy van?",
        "f_watch_doorstep_scams",
        ["The registration, the company"],
    ),
    # f_library_budget_hours
    (
        "How much money do the libraries need to save next year?",
        "f_library_budget_hours",
        ["The council needs to"],
    ),
    (
        "What would change about the central library's closing time?",
        "f_library_budget_hours",
        ["Under the proposal, the"],
    ),
    (
        "How many days a week would the smaller libraries open?",
        "f_library_budget_hours",
        ["The four branch libraries"],
    ),
    (
        "How many library jobs are affected by the reduced hours?",
        "f_library_budget_hours",
        ["Nine full time equivalent"],
    ),
    (
        "Will the library staff cuts mean redundancies?",
        "f_library_budget_hours",
        ["We hope most of"],
    ),
    (
        "How many people use the central library in the evening?",
        "f_library_budget_hours",
        ["Evenings are our quietest"],
    ),
    (
        "Why does the resident's son go to the library after school?",
        "f_library_budget_hours",
        ["My son does his"],
    ),
    (
        "How much would it cost to let members in with their card and no staff?",
        "f_library_budget_hours",
        ["Setting it up would"],
    ),
    (
        "Why can't the council pay for unstaffed opening?",
        "f_library_budget_hours",
        ["Because that money would"],
    ),
    (
        "Why are shorter hours a problem for older people?",
        "f_library_budget_hours",
        ["Just that closing libraries", "For some, it's the"],
    ),
    (
        "When is the deadline for responding to the opening hours consultation?",
        "f_library_budget_hours",
        ["The consultation closes on"],
    ),
    # f_library_budget_mobile
    (
        "How old is the mobile library van and what's wrong with it?",
        "f_library_budget_mobile",
        ["Our mobile library van"],
    ),
    (
        "How much would a new mobile library cost?",
        "f_library_budget_mobile",
        ["A replacement costs around"],
    ),
    (
        "When would the mobile library service stop?",
        "f_library_budget_mobile",
        ["The proposal is not"],
    ),
    (
        "How many villages and borrowers does the van serve?",
        "f_library_budget_mobile",
        ["It stops at 23"],
    ),
    (
        "What would rural borrowers get instead of the van?",
        "f_library_budget_mobile",
        ["We'd offer a home"],
    ),
    (
        "Why is the volunteer sceptical about volunteers covering the villages?",
        "f_library_budget_mobile",
        ["We struggle to cover", "Rural routes mean a"],
    ),
    (
        "Why is the van driver important to some borrowers?",
        "f_library_budget_mobile",
        ["The driver, Gareth, is"],
    ),
    (
        "How much will the budget for buying books go down?",
        "f_library_budget_mobile",
        ["The book fund would"],
    ),
    (
        "Which part of the book stock will be protected?",
        "f_library_budget_mobile",
        ["We'd protect children's books"],
    ),
    (
        "How can e-books be cheaper when publishers charge libraries more for them?",
        "f_library_budget_mobile",
        ["Per copy, they're often", "But each licence gets"],
    ),
    (
        "When will cabinet decide on the mobile library proposals?",
        "f_library_budget_mobile",
        ["These proposals will go"],
    ),
    # f_mediation_deposit
    (
        "How much deposit did Ms Novak pay for the Wharf Street flat?",
        "f_mediation_deposit",
        ["I rented the flat"],
    ),
    ("How much of her deposit did the landlord keep?", "f_mediation_deposit", ["When I moved out"]),
    (
        "What were the deductions from the deposit for?",
        "f_mediation_deposit",
        ["A stained carpet in"],
    ),
    (
        "How does the tenant argue the carpet damage isn't her fault?",
        "f_mediation_deposit",
        ["The carpet was already", "It's in the inventory."],
    ),
    (
        "How bad does the landlord say the carpet stain is now?",
        "f_mediation_deposit",
        ["Now there's a stain"],
    ),
    (
        "Did the tenant clean the flat before leaving?",
        "f_mediation_deposit",
        ["The kitchen was spotless"],
    ),
    (
        "Did the landlord back down on the cleaning charge?",
        "f_mediation_deposit",
        ["I can't argue with"],
    ),
    (
        "How was the £700 split between the carpet, oven and cleaning?",
        "f_mediation_deposit",
        ["£350 for the carpet"],
    ),
    (
        "When did the tenant tell the landlord about the broken oven door?",
        "f_mediation_deposit",
        ["I reported it straight"],
    ),
    (
        "What reduced amounts did the landlord agree to for the oven and carpet?",
        "f_mediation_deposit",
        ["Fine, I'll take £100", "And I'll drop the"],
    ),
    (
        "How much will the tenant get back, and how soon?",
        "f_mediation_deposit",
        ["I'll write that up"],
    ),
    # f_mediation_car_repair
    (
        "What problem did Mr Adeyemi originally take his car in for?",
        "f_mediation_car_repair",
        ["I took my car"],
    ),
    (
        "How much was the repair quote compared with what he paid?",
        "f_mediation_car_repair",
        ["They quoted £480, and"],
    ),
    (
        "What additional fault did the mechanics discover?",
        "f_mediation_car_repair",
        ["When we took the"],
    ),
    (
        "What evidence did the garage have that it tried to phone the customer?",
        "f_mediation_car_repair",
        ["Our phone system logs", "It shows two calls"],
    ),
    (
        "Why does the customer doubt the garage's call record?",
        "f_mediation_car_repair",
        ["Under a minute could"],
    ),
    ("How much is Mr Adeyemi asking to get back?", "f_mediation_car_repair", ["I want the £780"]),
    ("How much did the new clutch part cost?", "f_mediation_car_repair", ["The part alone was"]),
    (
        "Is the customer happy with how the car drives after the repair?",
        "f_mediation_car_repair",
        ["Yes, it drives perfectly"],
    ),
    (
        "What do the garage's terms require before doing extra work?",
        "f_mediation_car_repair",
        ["Mr Ross, your own"],
    ),
    (
        "What did the garage owner admit they should have done?",
        "f_mediation_car_repair",
        ["We should have texted"],
    ),
    (
        "What settlement did the customer and the garage agree on?",
        "f_mediation_car_repair",
        ["Make it £300 and"],
    ),
    # f_governors_uniform
    (
        "How much does a full set of required uniform cost at the moment?",
        "f_governors_uniform",
        ["At the moment a"],
    ),
    (
        "Why can the blazer only be bought from one supplier?",
        "f_governors_uniform",
        ["It's £48 and has"],
    ),
    (
        "How much does the school's branded sports kit cost?",
        "f_governors_uniform",
        ["The branded PE kit"],
    ),
    (
        "What did the head suggest to bring uniform costs down?",
        "f_governors_uniform",
        ["Keep the blazer, but"],
    ),
    (
        "What did the parents' survey find about keeping the blazer?",
        "f_governors_uniform",
        ["I did a quick"],
    ),
    (
        "Why does the headteacher want to keep blazers?",
        "f_governors_uniform",
        ["The pupils wear it"],
    ),
    (
        "How much did the used uniform shop sell last year?",
        "f_governors_uniform",
        ["Last year it sold"],
    ),
    (
        "What change is planned for the second-hand uniform shop?",
        "f_governors_uniform",
        ["We'd like to move"],
    ),
    (
        "Which new families would get help with uniform, and how much?",
        "f_governors_uniform",
        ["We could fund a"],
    ),
    (
        "What did the governors decide about the blazer in the end?",
        "f_governors_uniform",
        ["Then I propose we"],
    ),
    # f_governors_roof
    ("What happened when the sports hall roof leaked?", "f_governors_roof", ["It leaked badly in"]),
    ("Can the sports hall roof just be repaired?", "f_governors_roof", ["The surveyor says it's"]),
    (
        "How much is the cheapest quote for the new roof?",
        "f_governors_roof",
        ["The lowest quote is"],
    ),
    (
        "How much of its savings could the school put towards the roof?",
        "f_governors_roof",
        ["We've got £75,000 in"],
    ),
    (
        "Where does the school hope to get the rest of the roof money?",
        "f_governors_roof",
        ["We've applied to the"],
    ),
    (
        "What will the school do if the building grant is refused?",
        "f_governors_roof",
        ["Then we'd patch it"],
    ),
    (
        "How many children are starting in reception this September?",
        "f_governors_roof",
        ["Our reception intake for"],
    ),
    ("Why are fewer children joining the school?", "f_governors_roof", ["The birth rate in"]),
    (
        "How much funding does the school lose for each missing pupil?",
        "f_governors_roof",
        ["Fewer pupils means less"],
    ),
    (
        "Why is the head cautious about using the reserves on the roof?",
        "f_governors_roof",
        ["Which is why I'd"],
    ),
    (
        "Why doesn't the head want to combine the reception classes yet?",
        "f_governors_roof",
        ["I'd rather keep two"],
    ),
]
