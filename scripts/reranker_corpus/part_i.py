"""Health and wellbeing podcasts, phone-ins and calls: sleep, back pain, nutrition, running, helplines, dentistry, hay fever  (written for audio_rag; original text)"""

CONVERSATIONS = {
    "i_sleep_teenagers": {
        "turns": [
            (
                "host",
                "Welcome back to Rested, the podcast about sleep. My guest today is Amara Okafor, who runs the sleep lab at Northbridge University. Amara, thanks for coming in.",
            ),
            (
                "guest",
                "Thanks for having me. It's nice to talk about sleep somewhere that isn't a lab at three in the morning.",
            ),
            ("host", "So your latest study was on teenagers. What did you actually measure?"),
            (
                "guest",
                "We fitted 212 students aged fourteen to seventeen with wrist trackers for six weeks. We also asked them to keep a short diary every evening, and about two thirds of them actually managed it.",
            ),
            ("host", "And what did you find?"),
            (
                "guest",
                "On school nights they averaged just under seven hours. The recommendation for that age is somewhere between eight and ten, so most of them were running a deficit every single week.",
            ),
            ("host", "Is that the phones?"),
            (
                "guest",
                "Partly, but it's not the whole story. Their body clocks genuinely shift later during puberty, so asking a fifteen year old to fall asleep at half nine is like asking you to drop off at seven in the evening.",
            ),
            ("host", "Right."),
            (
                "guest",
                "The phones make it worse, mostly because of what they're doing on them rather than the light. A group chat that's still buzzing at midnight is far more stimulating than any screen brightness.",
            ),
            ("host", "So what should schools do?"),
            (
                "guest",
                "I'd push the start time later. One school in our study moved from 8.30 to 9.15 in 2022, and their pupils gained about 35 minutes of sleep a night on average.",
            ),
            ("host", "Did the teachers like that?"),
            (
                "guest",
                "Not at first, honestly. The staff worried about the longer afternoon and some parents had to rearrange childcare, but attendance went up by 3% in the first term.",
            ),
            ("host", "And for parents listening right now?"),
            (
                "guest",
                "Keep phones out of the bedroom overnight, and don't fight a weekend lie-in too hard. A couple of extra hours on Saturday is the body trying to catch up.",
            ),
            ("host", "Amara Okafor, thank you."),
            ("guest", "My pleasure."),
        ],
    },
    "i_sleep_night_shifts": {
        "turns": [
            (
                "host",
                "You're listening to Health Hour on Radio Calder, and this week's phone-in is all about sleep. Our expert in the studio is Felix Marlow, a sleep researcher at the Royal Lister Hospital. First caller is Bernadette from Halifax. Go ahead, Bernadette.",
            ),
            (
                "caller",
                "Hi. I'm a care worker and I've been on nights for about four years now. I get home at eight in the morning and I just can't stay asleep past midday.",
            ),
            (
                "guest",
                "That's really common, Bernadette. Your body clock is telling you it's daytime, so you're fighting biology every single shift.",
            ),
            ("caller", "So is there anything I can actually do?"),
            (
                "guest",
                "A few things. Wear dark glasses on the drive home, because that morning light is what resets your clock. Then make the bedroom properly dark, with blackout blinds or even foil on the window if you have to.",
            ),
            ("caller", "Foil? Really?"),
            (
                "guest",
                "It works! One of our volunteers used kitchen foil for a whole year before she bought proper blinds.",
            ),
            ("host", "What about splitting the sleep? I've heard some night workers do that."),
            (
                "guest",
                "Yes, an anchor sleep of four or five hours after the shift, and then a nap of about 90 minutes before you go back in. For a lot of people that's easier than forcing one long block.",
            ),
            ("caller", "And caffeine? I drink a lot of coffee on shift."),
            (
                "guest",
                "Stop it about six hours before you plan to sleep. So if you finish at seven, your last cup should be around one in the morning.",
            ),
            ("caller", "That's going to hurt."),
            (
                "guest",
                "I know. Switch to decaf after one, because the ritual of the hot drink helps more than people think.",
            ),
            ("host", "Felix, are there longer term risks for night workers?"),
            (
                "guest",
                "There are. Studies link long-term night work to higher rates of type 2 diabetes and heart disease, which is why I'd say get a health check every year rather than waiting.",
            ),
            ("host", "Bernadette, does that help?"),
            ("caller", "It really does, thank you. I'm buying blinds on Saturday."),
        ],
    },
    "i_back_pain_lifting": {
        "turns": [
            (
                "host",
                "This is Moving Well, and today we're talking about the thing that seems to get all of us eventually, which is back pain. With me is physiotherapist Priya Raman, who's been treating backs in Leicester for eighteen years. Priya, welcome.",
            ),
            (
                "guest",
                "Thank you. And you're right, about four in five adults will have a significant episode at some point.",
            ),
            (
                "host",
                "Let's start with the classic. You bend down to pick something up and your back just goes. What's actually happened?",
            ),
            (
                "guest",
                "Usually it's a muscle or ligament strain, or a joint getting irritated. It feels catastrophic, but in the vast majority of cases there's no serious damage at all.",
            ),
            ("host", "So should you go to bed and rest?"),
            (
                "guest",
                "No, and that's the biggest myth I deal with. Bed rest for more than a day or two tends to make things stiffer and slower to recover.",
            ),
            ("host", "What should people do instead?"),
            (
                "guest",
                "Keep moving gently, short walks around the house every hour or so. Heat helps a lot of people in the first few days, a hot water bottle wrapped in a towel for twenty minutes.",
            ),
            ("host", "Heat rather than ice?"),
            ("guest", "For backs, usually heat. Ice is more useful for a swollen ankle."),
            ("host", "And when should someone be worried?"),
            (
                "guest",
                "If you have numbness around the groin or bottom, or problems controlling your bladder, go to A&E straight away. That's rare, but it's an emergency.",
            ),
            (
                "host",
                "Good to know. What about lifting, is the bend your knees advice still right?",
            ),
            (
                "guest",
                "It's overrated, honestly. The research doesn't show that one perfect lifting technique prevents injury, and what matters more is being strong and used to the load.",
            ),
            ("host", "So strength training?"),
            (
                "guest",
                "Exactly, yes. Two sessions a week of something like deadlifts, or even carrying heavy shopping bags, builds a back that copes.",
            ),
            ("host", "How long does a typical episode last?"),
            (
                "guest",
                "Most people are much better within six weeks. If it's still bad after that, see a physio or your GP.",
            ),
        ],
    },
    "i_back_pain_desk": {
        "turns": [
            (
                "host",
                "Welcome back to the Tuesday health line. Our physiotherapist this afternoon is Gareth Lewis from the Cardiff Spine Clinic, and on line two we have Sophie, who works from home. Sophie?",
            ),
            (
                "caller",
                "Hi Gareth. For two years I've been working at my kitchen table, and by about three every afternoon my lower back is aching and my shoulders are up by my ears.",
            ),
            ("physio", "Okay. What are you sitting on?"),
            ("caller", "A dining chair. A wooden one."),
            (
                "physio",
                "Right, that's part of it. Dining chairs are built for a forty minute meal, not an eight hour day.",
            ),
            ("caller", "I can't really afford a fancy office chair though."),
            (
                "physio",
                "You don't need one. Roll up a towel and put it behind the small of your back, and raise your laptop on a couple of books so the top of the screen is at eye level.",
            ),
            ("caller", "And a separate keyboard?"),
            (
                "physio",
                "Yes, that's the one thing I'd spend money on. A basic keyboard and mouse cost about £25 and they let you keep your elbows close to your sides.",
            ),
            ("host", "Gareth, is there a perfect posture people should aim for?"),
            (
                "physio",
                "I don't believe in one. The best posture is your next posture, so change position often rather than holding one rigidly all day.",
            ),
            ("caller", "How often is often?"),
            (
                "physio",
                "Every 30 minutes, stand up for a minute or two. Set a timer on your phone if you need to, most of my patients do.",
            ),
            ("caller", "Is there a stretch I can do at the desk?"),
            (
                "physio",
                "Sit tall, hands on your hips, and gently lean back to look at the ceiling, ten times. Then do ten shoulder rolls backwards.",
            ),
            ("host", "And if that doesn't fix it?"),
            (
                "physio",
                "Give it three or four weeks. If the pain starts going down your leg, or it's waking you at night, book an appointment.",
            ),
            ("caller", "Brilliant, thank you Gareth."),
        ],
    },
    "i_nutrition_mailbag": {
        "turns": [
            (
                "host",
                "It's mailbag time on The Plate, and our nutritionist Helen Achebe is back to answer your questions. Helen, ready?",
            ),
            ("guest", "Always."),
            (
                "host",
                "First one is from Tom in Bristol. He's 52, he's started lifting weights, and he wants to know whether he needs protein shakes.",
            ),
            (
                "guest",
                "Probably not, Tom. Most adults eating a normal mixed diet already get enough. If you're lifting, aim for roughly 1.2 to 1.6 grams per kilo of body weight spread across the day. Eggs, lentils, Greek yoghurt and tinned fish will get you there for much less than a tub of powder.",
            ),
            ("host", "Next, Aisha asks about vitamin D. Should she take it all year?"),
            (
                "guest",
                "In the UK I'd say take 10 micrograms a day from October to March at least. There isn't enough sunlight in winter for your skin to make it, and that applies to pretty much everyone.",
            ),
            ("host", "And in summer?"),
            (
                "guest",
                "If you get outside regularly, you can usually stop. People with darker skin or who cover up outdoors may want to carry on all year.",
            ),
            (
                "host",
                "Okay. This one made me laugh. Dave says his kids' fruit yoghurts are healthy because they say low fat on the pot.",
            ),
            (
                "guest",
                "Ah, Dave. Low fat often means more sugar added to make it taste of something. Some of those little pots have three teaspoons, which is half a child's daily limit.",
            ),
            ("host", "What would you give them instead?"),
            (
                "guest",
                "Plain yoghurt with some chopped fruit or frozen berries stirred in. The kids won't complain after a week, I promise.",
            ),
            ("host", "Last one. Maria wants to know if she should cut out bread entirely."),
            (
                "guest",
                "No, please don't. Wholemeal bread is a great source of fibre, and most of us eat about 18 grams of fibre a day when we should be getting 30.",
            ),
            ("host", "Helen, thank you as always."),
            ("guest", "Keep the questions coming."),
        ],
    },
    "i_nutrition_breakfast_calls": {
        "turns": [
            (
                "host",
                "You're on Food Matters Live, and our nutritionist Ben Carvalho is taking your calls. First we have Linda, who's been trying something called time-restricted eating. Linda, go ahead.",
            ),
            (
                "caller",
                "Hello Ben. I've been skipping breakfast and only eating between noon and eight in the evening. I've lost about four kilos in two months, but my sister says it's dangerous.",
            ),
            (
                "nutritionist",
                "Well done on the four kilos. For most healthy adults it isn't dangerous, it's just another way of eating fewer calories.",
            ),
            ("caller", "So it's not magic?"),
            (
                "nutritionist",
                "Not really, no. The big trials comparing it with ordinary calorie counting found roughly the same weight loss either way.",
            ),
            ("caller", "Oh. That's a bit disappointing."),
            (
                "nutritionist",
                "It shouldn't be! If it suits your routine and you stick to it, that's what counts.",
            ),
            ("host", "Is there anyone who shouldn't try it?"),
            (
                "nutritionist",
                "Yes. Anyone with diabetes on insulin, pregnant women, and anyone with a history of eating disorders should talk to their GP first.",
            ),
            ("host", "We've got a second caller, Raj, who has the opposite problem. Raj?"),
            (
                "caller2",
                "Hi. I can't function without breakfast, but I'm always starving by eleven and end up eating biscuits at my desk.",
            ),
            ("nutritionist", "What are you having for breakfast, Raj?"),
            ("caller2", "Usually a big bowl of cornflakes and a glass of orange juice."),
            (
                "nutritionist",
                "That's the problem. It's almost all fast sugar, so your blood sugar spikes and then crashes mid-morning.",
            ),
            ("caller2", "What should I swap to?"),
            (
                "nutritionist",
                "Porridge made with milk, or two eggs on wholemeal toast. The protein and fibre keep you full much longer, and swap the juice for a whole orange.",
            ),
            ("caller2", "I can do porridge."),
            (
                "nutritionist",
                "Try it for two weeks and notice when you first feel hungry. I bet the biscuits go.",
            ),
        ],
    },
    "i_running_marathon": {
        "turns": [
            (
                "host",
                "Welcome to Long Run Sundays. I'm joined by running coach Dominic Reyes, who has coached over 300 people to their first marathon. Dominic, a lot of listeners have signed up for the Manchester marathon in April. Where do they start?",
            ),
            (
                "guest",
                "With patience. I like a sixteen week plan for a first marathon. Before they even begin it, I want people comfortably running about 25 kilometres a week.",
            ),
            ("host", "How fast should the training runs be?"),
            (
                "guest",
                "Slower than people think. About 80% of your running should be at a pace where you can hold a full conversation.",
            ),
            ("host", "That feels wrong to a lot of people."),
            (
                "guest",
                "It does, and it's the mistake I see most. People run every session hard, then they get injured in week nine.",
            ),
            ("host", "What about the long run?"),
            (
                "guest",
                "Build it up by about two kilometres a week, with an easier week every fourth week. The longest one should be around 32 kilometres, three weeks before race day.",
            ),
            ("host", "Not the full distance?"),
            (
                "guest",
                "No, never. The last ten kilometres on race day come from the crowd and the taper, not from having done it before.",
            ),
            ("host", "Talk to me about fuelling."),
            (
                "guest",
                "Practise it on every long run. Take a gel or some jelly sweets every 40 minutes after the first hour, and use the same brand they hand out on the course if you can.",
            ),
            ("host", "And the taper?"),
            (
                "guest",
                "Cut your distance by about a third each week for the last three weeks. You'll feel sluggish and twitchy, and that's completely normal.",
            ),
            ("host", "Last thing. What pace should they start the race at?"),
            (
                "guest",
                "Slower than goal pace for the first five kilometres. Nobody ever finished a marathon wishing they'd gone off faster.",
            ),
        ],
    },
    "i_running_beginner_callin": {
        "turns": [
            (
                "host",
                "It's the Thursday fitness phone-in, and our running coach Kerry-Ann Doyle is here. Our first caller is Malcolm, who's 61. Malcolm?",
            ),
            (
                "caller",
                "Hello. I've decided to start running after my heart check came back fine, but I haven't run since school. Where on earth do I begin?",
            ),
            (
                "coach",
                "Good for you, Malcolm. Start with walk-run intervals, one minute of jogging and ninety seconds of walking, repeated eight times.",
            ),
            ("caller", "Only one minute?"),
            (
                "coach",
                "Only one. Three times a week, with a rest day in between, and add a little each week. Most people can run for 30 minutes without stopping after about nine weeks.",
            ),
            ("caller", "I went out last week and my shins were killing me afterwards."),
            (
                "coach",
                "That's very common in beginners. Usually it's too much too soon, or running on pavement in old trainers.",
            ),
            ("caller", "They're about ten years old, to be fair."),
            (
                "coach",
                "Then that's your first job. Go to a running shop where they watch you jog on a treadmill, and you don't need to spend more than about £70.",
            ),
            ("host", "Kerry-Ann, should he be stretching?"),
            (
                "coach",
                "A gentle walk to warm up matters more than static stretching before you run. Calf raises are great for the shins though, three sets of fifteen every other day.",
            ),
            ("caller", "And how fast should I go?"),
            (
                "coach",
                "Slow enough that you could chat. If you can't speak, you're going too fast, whatever your watch says.",
            ),
            ("host", "Any tips for staying motivated?"),
            (
                "coach",
                "Find a parkrun. It's free, it's 5 kilometres every Saturday at nine, and lots of people walk it, so nobody will notice you're new.",
            ),
            ("caller", "I might drag my wife along."),
            ("coach", "Please do! Couples who sign up together tend to keep going."),
        ],
    },
    "i_helpline_volunteer_story": {
        "turns": [
            (
                "host",
                "On this episode of Talking Heads, a podcast about mental health, I'm talking to Joanne Pike, who has volunteered on a listening helpline for six years. Joanne, what made you sign up?",
            ),
            (
                "guest",
                "My brother went through a very dark patch in 2017, and the people who helped most were the ones who just listened. I wanted to be that for someone.",
            ),
            ("host", "What does the training involve?"),
            (
                "guest",
                "It was about 50 hours over twelve weeks, evenings and a couple of Saturdays. A lot of it is role play, where an experienced volunteer plays a caller and you practise not jumping in with advice.",
            ),
            ("host", "Not giving advice? That surprises people."),
            (
                "guest",
                "It does. But people usually know their own lives far better than we do, so our job is to help them think out loud.",
            ),
            ("host", "What's a typical shift like?"),
            (
                "guest",
                "I do one four hour overnight shift a fortnight. Nights are when loneliness really bites, so a lot of calls come between two and four in the morning.",
            ),
            ("host", "Do you ever get calls that stay with you?"),
            (
                "guest",
                "Yes. You never find out what happened next, and that's the hardest part. I still think about a young farmer who rang during lambing season.",
            ),
            ("host", "How do you look after yourself?"),
            (
                "guest",
                "After every shift there's a debrief with a shift leader, even if it's only five minutes. And I walk the dog straight after, whatever time it is.",
            ),
            ("host", "Right."),
            (
                "guest",
                "The charity also pays for a monthly session with a supervisor, which I didn't expect.",
            ),
            ("host", "What would you say to someone thinking of volunteering?"),
            (
                "guest",
                "Do it, but be honest with yourself about the time. They ask for a commitment of at least a year, because training each person costs the charity around £700.",
            ),
            ("host", "Joanne Pike, thank you so much."),
        ],
    },
    "i_helpline_volunteers_meeting": {
        "turns": [
            (
                "chair",
                "Okay, let's start. Thanks for coming to the quarterly volunteers' meeting. First item is the rota, and Nadia has the numbers.",
            ),
            (
                "coordinator",
                "Thanks. Last quarter we answered 4,300 calls, which is up about 12% on the same period last year. But we have gaps on Sunday nights, and we couldn't cover eleven shifts in March.",
            ),
            ("volunteer", "Is that because people are leaving?"),
            (
                "coordinator",
                "Partly. We lost six volunteers over winter, mostly students who graduated and moved away.",
            ),
            ("chair", "So what's the plan?"),
            (
                "coordinator",
                "A recruitment evening at the library on the 14th of May, and we're asking each of you to bring one person who might be interested.",
            ),
            ("volunteer", "Can I raise the text service?"),
            ("chair", "Go on."),
            (
                "volunteer",
                "Since we started taking texts in January, I've found them much harder than calls. You can't hear tone of voice, and people sometimes go quiet for twenty minutes.",
            ),
            (
                "coordinator",
                "That's fair, and you're not the only one who's said so. We're adding a three hour top-up session just on text conversations in June.",
            ),
            ("chair", "Should we cap how many text chats one person handles at once?"),
            (
                "volunteer",
                "Yes, one at a time. Two at once felt like I wasn't really listening to either of them.",
            ),
            ("coordinator", "I'd agree with that. Let's make it the rule from next month."),
            ("chair", "Last item. The new phone system."),
            (
                "coordinator",
                "It goes live on the 2nd of June. It means volunteers can take calls from the branch office in Elm Street as well as the main centre.",
            ),
            ("volunteer", "Will there be a shift leader at Elm Street too?"),
            (
                "coordinator",
                "Always. Nobody takes calls without a leader in the building, and that doesn't change.",
            ),
            ("chair", "Good. Thanks, everyone."),
        ],
    },
    "i_dentist_podcast": {
        "turns": [
            (
                "host",
                "Welcome to Open Wide, the podcast where we ask the questions you're too embarrassed to ask at the dentist. My guest is Sunil Bhatt, a dentist in Norwich for twenty two years. Sunil, let's start simple. Are people brushing wrong?",
            ),
            (
                "guest",
                "Lots of them, yes. The most common mistake is rinsing with water straight after brushing.",
            ),
            ("host", "What's wrong with rinsing?"),
            (
                "guest",
                "You wash away the fluoride that's meant to sit on your teeth. Spit out the excess but don't rinse, and that one habit makes a real difference.",
            ),
            ("host", "Electric or manual?"),
            (
                "guest",
                "Electric, for most people. The reviews show they remove about 20% more plaque, mainly because they do the work for you for the full two minutes.",
            ),
            ("host", "And flossing? I'll be honest, I never do it."),
            (
                "guest",
                "You're not alone. I'd actually recommend little interdental brushes over floss for most adults, because they're easier to use and people stick with them.",
            ),
            ("host", "How often?"),
            (
                "guest",
                "Once a day, ideally at night. That's when it matters most, because saliva dries up while you sleep.",
            ),
            ("host", "Let's talk whitening. Everyone wants a Hollywood smile."),
            (
                "guest",
                "Go to a dentist for it, please. The kits sold online are either too weak to do anything, or illegally strong and they can burn your gums.",
            ),
            ("host", "What does it cost to do it properly?"),
            (
                "guest",
                "Around £300 to £500 for home trays made by a dentist. It lasts a year or two, depending on how much tea and red wine you drink.",
            ),
            ("host", "Fair enough. Final question. How often should we actually see a dentist?"),
            (
                "guest",
                "It depends on your mouth. Someone with healthy teeth might only need a check every 18 months, while someone with gum disease might need one every three months.",
            ),
            ("host", "Sunil Bhatt, thanks."),
        ],
    },
    "i_dentist_toddler_call": {
        "turns": [
            (
                "host",
                "Next on the health line we've got Claire, whose question is for our dentist, Eleanor Marsh. Claire?",
            ),
            (
                "caller",
                "Hi. My son Alfie is two and a half and he absolutely hates having his teeth brushed. Every night is a wrestling match.",
            ),
            (
                "dentist",
                "Oh, I remember that stage with my own two. Have you tried letting him brush your teeth first?",
            ),
            ("caller", "No!"),
            (
                "dentist",
                "It sounds silly, but it works surprisingly often. Toddlers want control, so give him a turn and then it's your turn on his.",
            ),
            ("caller", "How much toothpaste should he have?"),
            (
                "dentist",
                "A smear, about the size of a grain of rice, until he's three. After that, a pea-sized amount, and make sure it's a family toothpaste with at least 1000 parts per million of fluoride.",
            ),
            ("caller", "Oh, I've been using a children's one that's much weaker."),
            (
                "dentist",
                "A lot of parents do. The packaging makes them look right, but many don't have enough fluoride to protect the teeth.",
            ),
            ("host", "When should children first go to the dentist?"),
            (
                "dentist",
                "As soon as the first tooth comes through, and by their first birthday at the latest. It's free for children on the NHS, and it gets them used to the chair before anything hurts.",
            ),
            ("caller", "He drinks a lot of apple juice. Is that bad?"),
            (
                "dentist",
                "Honestly, yes. Keep juice to mealtimes, watered down, and only milk or water in between. Never juice in a bottle at bedtime.",
            ),
            ("caller", "Why bedtime specifically?"),
            (
                "dentist",
                "Because the sugar sits on the teeth all night with very little saliva to wash it away. Those are the children we end up treating under general anaesthetic.",
            ),
            ("caller", "That's frightening."),
            (
                "dentist",
                "It is, and it's the most common reason children aged five to nine are admitted to hospital in England. But it's almost entirely preventable.",
            ),
            ("host", "Thanks, Eleanor, and good luck with Alfie, Claire."),
        ],
    },
    "i_hayfever_pharmacist_podcast": {
        "turns": [
            (
                "host",
                "Welcome to Ask the Pharmacist. It's May, the pollen count is climbing and my inbox is full of hay fever questions, so I've brought in Rachel Osei, who runs a community pharmacy in Reading. Rachel, what's actually going on when we get hay fever?",
            ),
            (
                "guest",
                "Your immune system overreacts to pollen as if it were a threat. It releases histamine, and that's what gives you the itchy eyes, the sneezing and the streaming nose.",
            ),
            ("host", "And the pollens come at different times?"),
            (
                "guest",
                "Exactly, yes. Tree pollen, like birch, peaks from late March to mid May, grass from mid May to July, and weed pollen later in the summer. Most sufferers in the UK react to grass.",
            ),
            ("host", "So what's the first thing you'd recommend?"),
            (
                "guest",
                "A non-drowsy antihistamine tablet like cetirizine or loratadine. They're cheap, and a month's supply of the own brand is often under £3.",
            ),
            ("host", "Is there a difference between the brand names and the cheap ones?"),
            (
                "guest",
                "None that matters. The active ingredient is identical, you're paying for the box.",
            ),
            ("host", "What if tablets aren't enough?"),
            (
                "guest",
                "Add a steroid nasal spray. The trick is to start it two weeks before your season begins, because it takes days to build up its full effect.",
            ),
            ("host", "Right."),
            (
                "guest",
                "And use it properly. Aim the nozzle slightly outwards, towards your ear, not straight up the middle of your nose.",
            ),
            ("host", "Anything that isn't a medicine?"),
            (
                "guest",
                "Put a smear of petroleum jelly around your nostrils to trap pollen, shower and change your clothes when you come in, and keep bedroom windows shut in the early evening when counts are high.",
            ),
            ("host", "When should people see a GP instead?"),
            (
                "guest",
                "If you're wheezing or short of breath, or if nothing from the pharmacy has helped after a few weeks. There are stronger treatments, including a course of immunotherapy that takes about three years.",
            ),
        ],
    },
    "i_hayfever_pharmacy_call": {
        "turns": [
            (
                "customer",
                "Hello, is that Greenway Pharmacy? I wanted to ask about hay fever medicine before I come in.",
            ),
            ("pharmacist", "Yes, this is Tomasz, I'm the pharmacist. How can I help?"),
            (
                "customer",
                "It's for me and my daughter. She's six and her eyes have been red and puffy since she started playing outside at lunchtime.",
            ),
            (
                "pharmacist",
                "Poor thing. For her age there's a cetirizine liquid, and the dose for a six year old is 5 millilitres twice a day. I'd also suggest antihistamine eye drops for the itching.",
            ),
            ("customer", "Can she use the eye drops at school?"),
            (
                "pharmacist",
                "She can, but the school will probably want a signed form from you. Most schools keep them in the office.",
            ),
            (
                "customer",
                "Okay. And for me, I've been using the old chlorphenamine tablets my mum had.",
            ),
            ("pharmacist", "Do you drive?"),
            ("customer", "Every day, I'm a delivery driver."),
            (
                "pharmacist",
                "Then please stop those. Chlorphenamine makes a lot of people drowsy, and it can affect your driving even when you don't feel sleepy. It's illegal to drive if any medicine impairs your driving, even a legal one.",
            ),
            ("customer", "I had no idea."),
            (
                "pharmacist",
                "Most people don't. Fexofenadine is a better choice for you, because it's the least likely of all of them to make you sleepy.",
            ),
            ("customer", "Is there anything I should know before I take it?"),
            (
                "pharmacist",
                "Don't take it with fruit juice, especially grapefruit or orange, because it stops the tablet being absorbed properly. Take it with water.",
            ),
            ("customer", "Right. Are you open on Sunday?"),
            (
                "pharmacist",
                "Ten till four. Ask for me and I'll have both ready, along with the form for the school.",
            ),
            ("customer", "Thank you so much."),
        ],
    },
}

QUESTIONS = [
    # i_sleep_teenagers
    (
        "How many teenagers were in the sleep study?",
        "i_sleep_teenagers",
        ["We fitted 212 students"],
    ),
    (
        "Did the students fill in their evening sleep diaries?",
        "i_sleep_teenagers",
        ["We also asked them"],
    ),
    (
        "How much were the teens sleeping on weeknights?",
        "i_sleep_teenagers",
        ["On school nights they"],
    ),
    (
        "Why can't teenagers just go to bed earlier?",
        "i_sleep_teenagers",
        ["Their body clocks genuinely"],
    ),
    (
        "Is it the blue light from screens that keeps teenagers awake?",
        "i_sleep_teenagers",
        ["The phones make it"],
    ),
    (
        "What happened to pupils' sleep when their school began the day later?",
        "i_sleep_teenagers",
        ["One school in our"],
    ),
    (
        "Were staff happy about the later school day, and what happened to attendance?",
        "i_sleep_teenagers",
        ["Not at first, honestly.", "The staff worried about"],
    ),
    (
        "What should mums and dads do to help their teenagers sleep?",
        "i_sleep_teenagers",
        ["Keep phones out of"],
    ),
    ("Is it ok for teens to sleep late on Saturdays?", "i_sleep_teenagers", ["A couple of extra"]),
    # i_sleep_night_shifts
    (
        "How long has Bernadette been doing night shifts?",
        "i_sleep_night_shifts",
        ["I'm a care worker"],
    ),
    (
        "Why wear sunglasses when driving home after a night shift?",
        "i_sleep_night_shifts",
        ["Wear dark glasses on"],
    ),
    (
        "What cheap trick did a volunteer use instead of blackout blinds?",
        "i_sleep_night_shifts",
        ["One of our volunteers"],
    ),
    (
        "How long should the nap before going back to work be?",
        "i_sleep_night_shifts",
        ["Yes, an anchor sleep"],
    ),
    (
        "When should a night worker have their last coffee?",
        "i_sleep_night_shifts",
        ["Stop it about six"],
    ),
    (
        "What can you drink late in the shift instead of regular coffee?",
        "i_sleep_night_shifts",
        ["Switch to decaf after"],
    ),
    (
        "What health problems are linked with working nights for years?",
        "i_sleep_night_shifts",
        ["Studies link long-term night"],
    ),
    (
        "What did the caller say she'd buy at the weekend?",
        "i_sleep_night_shifts",
        ["I'm buying blinds on"],
    ),
    # i_back_pain_lifting
    (
        "What proportion of adults get a bad bout of back pain at some point?",
        "i_back_pain_lifting",
        ["And you're right, about"],
    ),
    (
        "What has usually happened when your back goes after bending down?",
        "i_back_pain_lifting",
        ["Usually it's a muscle"],
    ),
    (
        "Should you lie in bed when your back goes?",
        "i_back_pain_lifting",
        ["No, and that's the", "Bed rest for more"],
    ),
    (
        "How long should you keep a hot water bottle on a sore back?",
        "i_back_pain_lifting",
        ["Heat helps a lot"],
    ),
    (
        "Is an ice pack or warmth better for back pain?",
        "i_back_pain_lifting",
        ["For backs, usually heat."],
    ),
    (
        "Which back pain symptoms mean you must go to hospital immediately?",
        "i_back_pain_lifting",
        ["If you have numbness"],
    ),
    (
        "What does the physio think about the advice to lift with bent knees?",
        "i_back_pain_lifting",
        ["The research doesn't show"],
    ),
    (
        "How many times a week should you do strength work for your back?",
        "i_back_pain_lifting",
        ["Two sessions a week"],
    ),
    (
        "When should you get your back checked if it isn't improving?",
        "i_back_pain_lifting",
        ["If it's still bad"],
    ),
    # i_back_pain_desk
    ("What kind of seat was Sophie working on?", "i_back_pain_desk", ["A dining chair."]),
    (
        "Why are kitchen chairs bad for working all day?",
        "i_back_pain_desk",
        ["Dining chairs are built"],
    ),
    (
        "How can you support your lower back without buying an office chair?",
        "i_back_pain_desk",
        ["Roll up a towel"],
    ),
    (
        "How much would a separate keyboard and mouse set you back?",
        "i_back_pain_desk",
        ["A basic keyboard and"],
    ),
    (
        "Is there one ideal way to sit at a desk, according to Gareth?",
        "i_back_pain_desk",
        ["I don't believe in", "The best posture is"],
    ),
    (
        "How frequently should home workers get up from the desk?",
        "i_back_pain_desk",
        ["Every 30 minutes, stand"],
    ),
    (
        "Which stretch can you do without leaving your desk?",
        "i_back_pain_desk",
        ["Sit tall, hands on"],
    ),
    (
        "What signs mean you should book to see the physio?",
        "i_back_pain_desk",
        ["If the pain starts"],
    ),
    # i_nutrition_mailbag
    (
        "Does a 52 year old who lifts weights need protein shakes?",
        "i_nutrition_mailbag",
        ["Most adults eating a"],
    ),
    (
        "How many grams of protein per kilo should someone doing weights eat?",
        "i_nutrition_mailbag",
        ["If you're lifting, aim"],
    ),
    (
        "What foods are a cheaper alternative to protein powder?",
        "i_nutrition_mailbag",
        ["Eggs, lentils, Greek yoghurt"],
    ),
    (
        "What dose of vitamin D is recommended and in which months?",
        "i_nutrition_mailbag",
        ["In the UK I'd"],
    ),
    (
        "Why does almost everyone need a vitamin D supplement in winter?",
        "i_nutrition_mailbag",
        ["There isn't enough sunlight"],
    ),
    (
        "Who should keep taking vitamin D through the summer too?",
        "i_nutrition_mailbag",
        ["People with darker skin"],
    ),
    (
        "Why aren't low fat fruit yoghurts as healthy as they look?",
        "i_nutrition_mailbag",
        ["Low fat often means"],
    ),
    (
        "How much sugar can a small kids' yoghurt pot contain?",
        "i_nutrition_mailbag",
        ["Some of those little"],
    ),
    (
        "What should Dave give his children instead of sweetened yoghurts?",
        "i_nutrition_mailbag",
        ["Plain yoghurt with some"],
    ),
    (
        "How much fibre do most people eat compared with the target?",
        "i_nutrition_mailbag",
        ["Wholemeal bread is a"],
    ),
    # i_nutrition_breakfast_calls
    (
        "How much weight did Linda lose by skipping breakfast?",
        "i_nutrition_breakfast_calls",
        ["I've lost about four"],
    ),
    (
        "Is eating only between midday and 8pm dangerous?",
        "i_nutrition_breakfast_calls",
        ["For most healthy adults"],
    ),
    (
        "Does time-restricted eating beat normal calorie counting for weight loss?",
        "i_nutrition_breakfast_calls",
        ["The big trials comparing"],
    ),
    (
        "Who should speak to a doctor before trying an eating window?",
        "i_nutrition_breakfast_calls",
        ["Anyone with diabetes on"],
    ),
    (
        "What did Raj normally have for breakfast?",
        "i_nutrition_breakfast_calls",
        ["Usually a big bowl"],
    ),
    ("Why is Raj hungry by late morning?", "i_nutrition_breakfast_calls", ["It's almost all fast"]),
    (
        "What breakfast did the nutritionist suggest instead of cereal?",
        "i_nutrition_breakfast_calls",
        ["Porridge made with milk"],
    ),
    (
        "What should Raj have instead of his glass of juice?",
        "i_nutrition_breakfast_calls",
        ["The protein and fibre"],
    ),
    (
        "For how long should Raj try the new breakfast?",
        "i_nutrition_breakfast_calls",
        ["Try it for two"],
    ),
    # i_running_marathon
    (
        "How long should a first marathon training plan be?",
        "i_running_marathon",
        ["I like a sixteen"],
    ),
    (
        "How many kilometres a week should you run before starting a marathon plan?",
        "i_running_marathon",
        ["Before they even begin"],
    ),
    (
        "What share of marathon training should be easy chatting pace?",
        "i_running_marathon",
        ["About 80% of your"],
    ),
    (
        "What mistake does the coach see most often in marathon training?",
        "i_running_marathon",
        ["People run every session"],
    ),
    ("How fast should you build up your long runs?", "i_running_marathon", ["Build it up by"]),
    (
        "Why shouldn't you run the whole marathon distance in training?",
        "i_running_marathon",
        ["The last ten kilometres"],
    ),
    ("How often should you take gels on a long run?", "i_running_marathon", ["Take a gel or"]),
    (
        "How much should you cut back during the taper?",
        "i_running_marathon",
        ["Cut your distance by"],
    ),
    (
        "How should you pace the first part of the race?",
        "i_running_marathon",
        ["Slower than goal pace"],
    ),
    # i_running_beginner_callin
    (
        "What first session did the coach give the 61 year old?",
        "i_running_beginner_callin",
        ["Start with walk-run intervals"],
    ),
    (
        "How long until most beginners can jog for half an hour without stopping?",
        "i_running_beginner_callin",
        ["Most people can run"],
    ),
    (
        "What usually gives new runners painful shins?",
        "i_running_beginner_callin",
        ["Usually it's too much"],
    ),
    ("How old were Malcolm's trainers?", "i_running_beginner_callin", ["They're about ten years"]),
    (
        "How much should a beginner spend on running shoes?",
        "i_running_beginner_callin",
        ["Go to a running"],
    ),
    (
        "What exercise helps prevent shin pain?",
        "i_running_beginner_callin",
        ["Calf raises are great"],
    ),
    (
        "Does Malcolm need to stretch before running?",
        "i_running_beginner_callin",
        ["A gentle walk to"],
    ),
    (
        "How can a beginner tell he's running too fast?",
        "i_running_beginner_callin",
        ["If you can't speak"],
    ),
    (
        "What is parkrun like and when is it held?",
        "i_running_beginner_callin",
        ["It's free, it's 5"],
    ),
    ("Who might Malcolm bring running with him?", "i_running_beginner_callin", ["I might drag my"]),
    # i_helpline_volunteer_story
    (
        "Why did Joanne become a helpline volunteer?",
        "i_helpline_volunteer_story",
        ["My brother went through"],
    ),
    (
        "How long is the training to answer calls on the helpline?",
        "i_helpline_volunteer_story",
        ["It was about 50"],
    ),
    ("How do trainees practise during the course?", "i_helpline_volunteer_story", ["A lot of it"]),
    (
        "Why don't listening volunteers tell callers what to do?",
        "i_helpline_volunteer_story",
        ["But people usually know"],
    ),
    ("How often does Joanne do a shift?", "i_helpline_volunteer_story", ["I do one four"]),
    (
        "What time of night is busiest on the helpline?",
        "i_helpline_volunteer_story",
        ["Nights are when loneliness"],
    ),
    (
        "What does Joanne find hardest about volunteering?",
        "i_helpline_volunteer_story",
        ["You never find out"],
    ),
    (
        "What does she do to switch off after a shift?",
        "i_helpline_volunteer_story",
        ["And I walk the"],
    ),
    (
        "Why does the charity want volunteers to stay at least a year?",
        "i_helpline_volunteer_story",
        ["They ask for a"],
    ),
    # i_helpline_volunteers_meeting
    (
        "How many calls were taken in the last quarter?",
        "i_helpline_volunteers_meeting",
        ["Last quarter we answered"],
    ),
    (
        "Which shifts is the helpline struggling to fill?",
        "i_helpline_volunteers_meeting",
        ["But we have gaps"],
    ),
    (
        "Why were there fewer volunteers after the winter?",
        "i_helpline_volunteers_meeting",
        ["We lost six volunteers"],
    ),
    (
        "When and where is the recruitment event?",
        "i_helpline_volunteers_meeting",
        ["A recruitment evening at"],
    ),
    (
        "What makes text conversations harder than phone calls?",
        "i_helpline_volunteers_meeting",
        ["You can't hear tone"],
    ),
    (
        "What extra training is planned for the text service?",
        "i_helpline_volunteers_meeting",
        ["We're adding a three"],
    ),
    (
        "How many text chats should one volunteer handle at once?",
        "i_helpline_volunteers_meeting",
        ["Yes, one at a"],
    ),
    ("When does the new phone system start?", "i_helpline_volunteers_meeting", ["It goes live on"]),
    (
        "Will volunteers in the branch office have someone supervising?",
        "i_helpline_volunteers_meeting",
        ["Nobody takes calls without"],
    ),
    # i_dentist_podcast
    (
        "What's the most frequent mistake people make when brushing?",
        "i_dentist_podcast",
        ["The most common mistake"],
    ),
    ("Why shouldn't you rinse after you brush?", "i_dentist_podcast", ["You wash away the"]),
    (
        "How much more plaque do electric toothbrushes remove?",
        "i_dentist_podcast",
        ["The reviews show they"],
    ),
    (
        "What does the dentist suggest instead of floss?",
        "i_dentist_podcast",
        ["I'd actually recommend little"],
    ),
    (
        "When and how often should you clean between your teeth?",
        "i_dentist_podcast",
        ["Once a day, ideally"],
    ),
    (
        "Why does the dentist say evenings matter most for cleaning between teeth?",
        "i_dentist_podcast",
        ["That's when it matters"],
    ),
    ("Are teeth whitening kits bought online safe?", "i_dentist_podcast", ["The kits sold online"]),
    (
        "How much does whitening from a dentist cost and how long does it last?",
        "i_dentist_podcast",
        ["Around £300 to £500", "It lasts a year"],
    ),
    (
        "How often do people with healthy teeth need a check-up?",
        "i_dentist_podcast",
        ["Someone with healthy teeth"],
    ),
    # i_dentist_toddler_call
    (
        "How old is the boy who won't let his mum brush his teeth?",
        "i_dentist_toddler_call",
        ["My son Alfie is"],
    ),
    (
        "What trick did the dentist suggest for a toddler who fights brushing?",
        "i_dentist_toddler_call",
        ["Have you tried letting", "Toddlers want control, so"],
    ),
    (
        "How much toothpaste should a two year old use?",
        "i_dentist_toddler_call",
        ["A smear, about the"],
    ),
    (
        "How strong should the fluoride in a child's toothpaste be?",
        "i_dentist_toddler_call",
        ["After that, a pea-sized"],
    ),
    (
        "What's the problem with toothpastes made for children?",
        "i_dentist_toddler_call",
        ["The packaging makes them"],
    ),
    (
        "When should a baby have their first dental visit?",
        "i_dentist_toddler_call",
        ["As soon as the"],
    ),
    (
        "How should parents handle a toddler who drinks a lot of apple juice?",
        "i_dentist_toddler_call",
        ["Keep juice to mealtimes"],
    ),
    (
        "Why is a bottle of juice at bedtime so harmful?",
        "i_dentist_toddler_call",
        ["Because the sugar sits"],
    ),
    (
        "What is the top reason young children are admitted to hospital in England?",
        "i_dentist_toddler_call",
        ["It is, and it's"],
    ),
    # i_hayfever_pharmacist_podcast
    (
        "What causes the itchy eyes and sneezing of hay fever?",
        "i_hayfever_pharmacist_podcast",
        ["It releases histamine, and"],
    ),
    (
        "When is tree pollen at its worst?",
        "i_hayfever_pharmacist_podcast",
        ["Tree pollen, like birch,"],
    ),
    (
        "Which pollen do most people in Britain react to?",
        "i_hayfever_pharmacist_podcast",
        ["Most sufferers in the"],
    ),
    (
        "How much does a month of supermarket own-brand antihistamines cost?",
        "i_hayfever_pharmacist_podcast",
        ["They're cheap, and a"],
    ),
    (
        "Are branded hay fever tablets better than the cheap ones?",
        "i_hayfever_pharmacist_podcast",
        ["The active ingredient is"],
    ),
    (
        "When should you start using a steroid nose spray?",
        "i_hayfever_pharmacist_podcast",
        ["The trick is to"],
    ),
    (
        "Which direction should you point a nasal spray?",
        "i_hayfever_pharmacist_podcast",
        ["Aim the nozzle slightly"],
    ),
    (
        "What can you do about hay fever without taking medicine?",
        "i_hayfever_pharmacist_podcast",
        ["Put a smear of"],
    ),
    (
        "How long does a course of immunotherapy for hay fever take?",
        "i_hayfever_pharmacist_podcast",
        ["There are stronger treatments,"],
    ),
    # i_hayfever_pharmacy_call
    ("How old is the customer's daughter?", "i_hayfever_pharmacy_call", ["She's six and her"]),
    (
        "What dose of liquid antihistamine should a six year old take?",
        "i_hayfever_pharmacy_call",
        ["For her age there's"],
    ),
    (
        "What does the school need before the girl can have eye drops there?",
        "i_hayfever_pharmacy_call",
        ["She can, but the"],
    ),
    ("What does the customer do for a living?", "i_hayfever_pharmacy_call", ["Every day, I'm a"]),
    (
        "Why should the customer stop taking her mum's old hay fever pills?",
        "i_hayfever_pharmacy_call",
        ["Chlorphenamine makes a lot"],
    ),
    (
        "Can you get in trouble with the law for driving on drowsy hay fever medicine?",
        "i_hayfever_pharmacy_call",
        ["It's illegal to drive"],
    ),
    (
        "Which antihistamine did the pharmacist recommend for someone who drives?",
        "i_hayfever_pharmacy_call",
        ["Fexofenadine is a better"],
    ),
    (
        "What shouldn't you swallow fexofenadine with?",
        "i_hayfever_pharmacy_call",
        ["Don't take it with"],
    ),
    ("When is Greenway Pharmacy open on Sundays?", "i_hayfever_pharmacy_call", ["Ten till four."]),
]
