"""Third held-out retrieval set: ten coherent multi-speaker conversations with paraphrased
questions, by two authors who saw neither the system nor the other sets; written after the
search defaults were set, and run once to report them  (written for audio_rag; original text)"""

CONVERSATIONS = {
    "ga_town_crier": {
        "voices": {"host": "awb", "guest": "slt"},
        "turns": [
            (
                "host",
                "You're listening to Harbour FM, and with me is Margaret Ellison, town crier of Wexcombe for eleven years. Welcome, Margaret.",
            ),
            ("guest", "Thank you, it's lovely to be here. I promise not to shout too loudly."),
            (
                "host",
                "Please don't, the microphone won't survive it. So how did you get the job in the first place?",
            ),
            (
                "guest",
                "The council advertised it in 2013 after the old crier, Dennis Hobb, retired at 82. There were six applicants, and we each had to give a cry on the steps of the market hall. I think I got it because my voice carried all the way to the church gate.",
            ),
            ("host", "And the role itself, how far back does it go in Wexcombe?"),
            (
                "guest",
                "The earliest record we have is from 1604, when the crier was paid four pence a week to announce market days and lost property.",
            ),
            ("host", "Four pence. I hope they pay you a bit more now."),
            (
                "guest",
                "Honestly, it's voluntary. The council covers my expenses, about 300 pounds a year, and that mostly goes on the uniform.",
            ),
            ("host", "Tell us about the costume, then."),
            (
                "guest",
                "It's a red coat with gold braid, a white cravat, breeches and a black tricorn hat with a feather. The coat was made by a tailor in Bristol and cost nearly 900 pounds, which the Rotary Club paid for.",
            ),
            ("host", "That's a lot of money for a coat."),
            (
                "guest",
                "It is, but it has to survive rain, wind and a lot of hugs from small children.",
            ),
            ("host", "Right. Now, I hear you compete as well."),
            (
                "guest",
                "I do. There's a national championship every August, and criers are judged on volume, clarity and diction. Last year I came third in Hastings, and in 2019 I won the regional title in Devon.",
            ),
            ("host", "What's the loudest anyone has ever been measured?"),
            (
                "guest",
                "The winner at Hastings reached 108 decibels. My best is 102, which is about the same as a pneumatic drill.",
            ),
            ("host", "Goodness. And what sort of announcements do you make these days?"),
            (
                "guest",
                "Mostly weddings, shop openings and the Christmas lights switch-on. Last month I announced a golden wedding anniversary outside the Anchor pub, and the couple cried more than I did.",
            ),
            ("host", "Do you ever get asked to announce things you'd rather not?"),
            (
                "guest",
                "Once someone wanted me to read out a marriage proposal, and she said no in front of 200 people. Since then I always ask the person proposing whether they're sure.",
            ),
            ("host", "Wise. And what would you say to someone thinking of becoming a crier?"),
            (
                "guest",
                "Join the Loyal Company of Town Criers first, and practise from the diaphragm, not the throat. If you shout from the throat you'll lose your voice by the second cry.",
            ),
            ("host", "Margaret Ellison, thank you. Oyez, as they say."),
            ("guest", "Oyez indeed!"),
        ],
    },
    "ga_beach_huts": {
        "voices": {"chair": "rms", "treasurer": "slt", "member": "kal"},
        "turns": [
            (
                "chair",
                "Good evening everyone, and welcome to the annual meeting of the Kittle Bay Beach Hut Owners' Association. We've got four items tonight: rent, the storm damage, the waiting list and the rules. Helen, would you start us off with the rent?",
            ),
            (
                "treasurer",
                "Thanks, Colin. The district council has told us the ground rent for each hut will go up from 420 pounds to 510 pounds from next April. That's an increase of about 21%.",
            ),
            ("member", "That's outrageous. Did anyone push back?"),
            (
                "treasurer",
                "We did. We wrote to them in June asking to phase it in over three years, and they've agreed to a halfway step, so it'll be 465 next year and the full 510 the year after.",
            ),
            ("member", "Well, that's something, I suppose."),
            (
                "chair",
                "Moving on to the storm. As most of you know, the storm on the 9th of February damaged fourteen huts at the eastern end of the row, and two were completely flattened.",
            ),
            ("member", "Mine was one of the fourteen. The doors were ripped clean off."),
            (
                "chair",
                "I'm sorry, Peter. The council says the huts are our property, so repairs are down to owners and their insurers.",
            ),
            (
                "member",
                "My insurer won't cover it, because they say the hut wasn't anchored to the concrete properly.",
            ),
            (
                "treasurer",
                "That's exactly why the committee is proposing an emergency fund. We have 6,800 pounds in reserves, and we suggest setting aside 4,000 of that for owners who can't claim on insurance.",
            ),
            (
                "chair",
                "We also looked at hiring a single contractor to repair everyone's hut at once, but the quote came back at 38,000, so we've dropped that idea. Instead we'll share a list of local carpenters who've offered a discount.",
            ),
            ("member", "Which carpenters?"),
            (
                "chair",
                "Coastline Joinery, Dan Pryce, and the Harbour Workshop. They're all offering fifteen percent off for association members.",
            ),
            ("member", "Right."),
            ("chair", "Next, the waiting list. Helen?"),
            (
                "treasurer",
                "There are now 143 names on it, and the longest-waiting person joined in 2011. Last year only three huts changed hands.",
            ),
            ("member", "Can't we just build more huts?"),
            (
                "chair",
                "The council ruled that out in March, because the promenade is a conservation area. So the list stays as it is.",
            ),
            ("member", "What about people who sell their hut privately for silly money?"),
            (
                "chair",
                "That brings us to the rules. From this summer, any sale has to be offered to the waiting list first, at a price set by an independent valuer. The second new rule is that huts can't be let out on holiday websites for more than eight weeks a year.",
            ),
            (
                "member",
                "I think the eight-week limit is far too strict, honestly. Plenty of us rely on that income to pay the rent.",
            ),
            (
                "chair",
                "Noted, Peter. We'll put it to a vote at the end, and it needs a two-thirds majority to pass.",
            ),
        ],
    },
    "ga_falconry_centre": {
        "voices": {"host": "espeak_us", "falconer": "awb", "trainee": "slt"},
        "turns": [
            (
                "host",
                "Hello and welcome to Wild Weekends, the podcast where we try something new every episode. This week I'm at Highmoor Falconry Centre with its owner, Rob Tanner, and his trainee, Amy. Rob, how many birds have you got here?",
            ),
            (
                "falconer",
                "We've got 34 at the moment. Mostly hawks and owls, plus four falcons and one golden eagle called Brenna.",
            ),
            ("host", "Which one's the star of the show?"),
            (
                "falconer",
                "Everyone assumes it's the eagle, but it's actually Pip, our little kestrel. Children adore her because she hovers right above the crowd.",
            ),
            ("host", "And how do you train a bird like that? Is it all about food?"),
            (
                "falconer",
                "Food is the reward, but the real work is weight management. We weigh every bird each morning, and a Harris hawk flies best when it's about ten percent under its fat weight.",
            ),
            (
                "trainee",
                "That was the thing that surprised me most when I started. I thought it would be about commands and whistles, but it's really about reading the bird's mood.",
            ),
            ("host", "How long have you been training, Amy?"),
            (
                "trainee",
                "Eighteen months. Rob says it takes about five years before you're properly trusted with the falcons.",
            ),
            (
                "falconer",
                "Falcons are harder because they fly so fast and so far. A peregrine can be a mile away in under a minute.",
            ),
            ("host", "Tell me about the flying displays."),
            (
                "falconer",
                "We do two a day, at 11 and at 3, from Easter to October. In winter we drop to weekends only, because the birds moult and the visitors stay home.",
            ),
            ("host", "How much is a ticket?"),
            (
                "trainee",
                "It's 14 pounds for adults and 8 for children. The hawk walk, where you fly a bird yourself, is 65 pounds.",
            ),
            ("host", "I have to ask. Have you ever lost a bird?"),
            (
                "falconer",
                "Once, in 2021. A barn owl called Moss caught a gust during a display and disappeared over the woods.",
            ),
            ("host", "What did you do?"),
            (
                "falconer",
                "Every bird wears a small radio transmitter on its leg, so we tracked the signal, but it went quiet after the first night. We put up posters in the village, and a local farmer finally rang us four days later.",
            ),
            ("trainee", "She was sitting in his hay barn, eating his mice, quite happy."),
            ("host", "Brilliant. Was she hurt?"),
            (
                "falconer",
                "Not at all, just a bit thin. She still flies in the displays now, but we never fly owls in strong wind anymore.",
            ),
            (
                "host",
                "Last question. What would you tell listeners who want to own a bird of prey?",
            ),
            (
                "falconer",
                "Don't buy one on impulse. Do a proper course first, because a hawk needs attention every single day for twenty years or more.",
            ),
            ("host", "Rob, Amy, thank you both."),
        ],
    },
    "ga_chapel_windows": {
        "voices": {"host": "espeak_rp", "caller": "espeak_f", "glazier": "kal"},
        "turns": [
            (
                "host",
                "You're on Valley Talk, and our next caller is Jean from Little Brampton, who wants to talk about her chapel windows. Go ahead, Jean.",
            ),
            (
                "caller",
                "Hello. I'm the treasurer at Brampton Methodist Chapel, and our three stained-glass windows are in a terrible state. The lead is crumbling and the big east window is actually bowing outwards.",
            ),
            ("host", "How old are they?"),
            (
                "caller",
                "The east window was put in in 1887, and the two side windows were added after the First World War as a memorial.",
            ),
            ("host", "And what's it going to cost to fix them?"),
            (
                "caller",
                "We had two quotes. A firm in Birmingham wanted 48,000 pounds to take them all out and reglaze them in their workshop. We've gone with a local man, Tom Hayward from Ledbury, who quoted 31,000 and will do most of the work on site.",
            ),
            ("host", "Why the big difference?"),
            (
                "caller",
                "Mostly transport and scaffolding. Tom can reuse the scaffold the roofers are putting up in the spring, which saves us about 6,000 on its own.",
            ),
            ("host", "Right. And how much have you raised so far?"),
            (
                "caller",
                "About 12,500. We held a sponsored walk that brought in 3,200, the Heritage Lottery gave us a grant of 5,000, and the rest came from coffee mornings and a quiz night.",
            ),
            ("host", "So you're still short by quite a bit."),
            ("caller", "We are, by roughly 18,500. That's really why I'm calling."),
            (
                "host",
                "Well, let's see if anyone can help. I've got Martin on line two, who I believe knows something about glass. Martin?",
            ),
            (
                "glazier",
                "Good morning. I've been a glazier for thirty years, and I'd just say to Jean, don't let anyone talk you into replacing the old glass with modern copies. Once the original is gone, it's gone.",
            ),
            ("caller", "Oh, we won't. Tom's promised to keep every piece he can."),
            (
                "glazier",
                "Good. And ask the Methodist property office about their grants, because they often match what the congregation raises.",
            ),
            ("host", "Jean, when are you hoping to start?"),
            (
                "caller",
                "Originally we wanted it finished for the chapel's anniversary this September, but that's not realistic now. Tom says he can start in April next year, and it'll take about ten weeks.",
            ),
            ("host", "And where can people donate?"),
            (
                "caller",
                "There's a collection box at the Brampton post office, or they can send a cheque to the chapel, marked windows fund.",
            ),
            (
                "host",
                "Jean, Martin, thank you both. Let's hope those windows are shining again by next summer.",
            ),
        ],
    },
    "ga_seafront_sauna": {
        "voices": {"reporter": "rms", "founder": "slt", "swimmer": "awb"},
        "turns": [
            (
                "reporter",
                "I'm standing on the seafront at Marram Bay, where a wooden sauna has just opened next to the old lifeboat slipway. With me is Kirsty Nolan, who chairs the co-operative that runs it. Kirsty, who actually built this thing?",
            ),
            (
                "founder",
                "Volunteers, mostly. A retired boat builder called Alan Roe designed it, and about twenty of us spent every weekend last winter putting it together from larch.",
            ),
            ("reporter", "Why larch?"),
            (
                "founder",
                "It copes with salt and rain without any treatment. We considered cedar, but it would have cost twice as much.",
            ),
            ("reporter", "And how was it paid for?"),
            (
                "founder",
                "Through a community share offer. Three hundred and ten local people bought shares, raising 42,000 pounds, and the town council gave us the land on a peppercorn lease.",
            ),
            ("reporter", "So what does a session cost?"),
            (
                "founder",
                "Fifty minutes is 9 pounds, or 6 for members. We also have a free hour on Monday mornings for anyone on benefits.",
            ),
            ("reporter", "That's cheaper than I expected."),
            (
                "founder",
                "We wanted it to be, because the spa at the Grand Hotel charges 35 and most people round here can't afford that.",
            ),
            (
                "reporter",
                "Now, I'm told most people don't just sit in the heat. Let me talk to one of the swimmers. What's your name?",
            ),
            (
                "swimmer",
                "Graham. I'm seventy-one and I've been swimming here every morning since 2015.",
            ),
            ("reporter", "And what does the sauna add?"),
            (
                "swimmer",
                "Before, I'd come out of the sea shivering and it would take an hour to warm up. Now I go straight from the water into the heat, and then back in again, three rounds.",
            ),
            ("reporter", "Isn't that a bit of a shock for the heart?"),
            (
                "swimmer",
                "My doctor was worried at first, actually. She told me to keep each dip under two minutes in winter, and I stick to that.",
            ),
            ("reporter", "Kirsty, what about safety more generally?"),
            (
                "founder",
                "There's a trained host on duty at every session, and nobody swims alone after dark. We also put up a board each morning showing the tide times and the water temperature.",
            ),
            ("reporter", "What's the temperature today?"),
            ("founder", "Nine degrees. In January it dropped to six."),
            ("reporter", "And alcohol?"),
            ("founder", "No, it's strictly banned. That was one rule nobody argued about."),
            ("reporter", "Graham, would you recommend it?"),
            (
                "swimmer",
                "Absolutely. Come once and you'll be hooked, but bring a woolly hat for afterwards.",
            ),
            ("reporter", "From a steamy Marram Bay seafront, back to the studio."),
        ],
    },
    "gb_twinning_coach_trip": {
        "voices": {"chair": "awb", "treasurer": "slt", "secretary": "kal", "member": "rms"},
        "turns": [
            (
                "chair",
                "Good evening, everyone. The main item tonight is the coach trip to our twin town, Lauterbach, next spring. Margaret, you've had quotes from the coach firms?",
            ),
            (
                "treasurer",
                "I have. Two firms quoted. Hillside Travel wanted 9,400 pounds for the round trip. Brennan Coaches came in at 8,150, and that includes the ferry crossing from Dover.",
            ),
            ("chair", "So Brennan is cheaper and covers the ferry as well."),
            ("treasurer", "Yes. I'd recommend we go with them."),
            ("chair", "Agreed? Good. Now, dates. Alan?"),
            (
                "secretary",
                "The Lauterbach committee first suggested the week after Easter. That clashes with their wine festival, so they've now offered the 14th to the 19th of May instead.",
            ),
            ("member", "How long are we actually there, then?"),
            ("secretary", "Five nights, with a day of travel at either end."),
            ("chair", "And what does that work out at per person?"),
            (
                "treasurer",
                "If we fill all 49 seats, it's about 165 pounds each for the coach. Last time, in 2019, people paid 140, so it has gone up.",
            ),
            ("member", "That's a big jump. Some of our older members won't manage that."),
            (
                "treasurer",
                "The association can put 600 pounds from the raffle fund towards it, which brings it down to roughly 153.",
            ),
            ("chair", "Right. What about accommodation?"),
            (
                "secretary",
                "All with host families, as usual. Lauterbach has found 22 households so far. They need about 25, so a few of us may end up in the guesthouse by the station.",
            ),
            (
                "member",
                "Now, I have to say, I don't agree with the guesthouse idea. The whole point of twinning is staying in people's homes. I'd rather we took fewer people than split the group.",
            ),
            ("chair", "Trevor, I understand, but cutting seats pushes the price up for everyone."),
            ("member", "Then let the people who go in the guesthouse pay the difference."),
            (
                "treasurer",
                "The guesthouse is 38 euros a night, which isn't a lot. I think that's fair, actually.",
            ),
            ("chair", "Let's put it to the members at the AGM, then. Anything else?"),
            (
                "secretary",
                "Just that the mayor of Lauterbach would like us to bring a gift for their town hall. Last time we gave them a framed map. This time I'd suggest a bench with a plaque, or perhaps something for their park.",
            ),
            ("chair", "A tree, I think, something that keeps growing. And deposits, Margaret?"),
            ("treasurer", "Fifty pounds each, by the 31st of January, please."),
            ("chair", "Lovely. Thanks, everyone."),
        ],
    },
    "gb_puppet_maker": {
        "voices": {"host": "rms", "guest": "slt", "apprentice": "kal"},
        "turns": [
            (
                "host",
                "This is Afternoon Makers, and my guest today is Hazel Penrose, who has been building puppets in a converted chapel in Ludlow for nearly thirty years. Hazel, welcome.",
            ),
            ("guest", "Thank you, it's lovely to be here."),
            (
                "host",
                "Let's start with materials. I imagined everything would be carved from wood.",
            ),
            (
                "guest",
                "People always assume that. The heads are mostly lime wood, because it carves cleanly and doesn't split. But the bodies these days are foam and cane, which keeps a large puppet under 4 kilos.",
            ),
            ("host", "Why does the weight matter so much?"),
            (
                "guest",
                "Because a performer might hold it above their head for twenty minutes. Anything heavier and their shoulders give out by the second act.",
            ),
            ("host", "And the hair? Some of yours have wonderful hair."),
            (
                "guest",
                "That's mohair from a goat farm near Hay. I tried synthetic wig hair early on, but under stage lights it went shiny and looked like plastic.",
            ),
            ("host", "How do commissions usually come to you?"),
            (
                "guest",
                "Mostly from theatre companies, some from schools, and the odd television job. The biggest was a giant heron for a festival in Bristol, three metres tall.",
            ),
            ("host", "What does something like that cost?"),
            ("guest", "That one was 11,000 pounds, but a simple hand puppet starts at around 350."),
            ("host", "Right."),
            (
                "guest",
                "And a marionette with full strings is usually 1,200 or so, because the control bar alone takes a week.",
            ),
            ("host", "You've also got your own touring show now."),
            (
                "guest",
                "We have. It's called The Lighthouse Keeper's Cat, and it's on the road from March, visiting 26 village halls across Shropshire and mid Wales.",
            ),
            ("host", "Why village halls rather than theatres?"),
            (
                "guest",
                "Because children in rural areas hardly ever see live puppetry. A theatre trip can mean a ninety minute drive for them.",
            ),
            ("host", "And you're not doing it alone. Tom, you're Hazel's apprentice?"),
            (
                "apprentice",
                "I am, since last September. I came from a furniture course in Hereford.",
            ),
            ("host", "What's been the hardest thing to learn?"),
            (
                "apprentice",
                "Honestly, it's the eyes. Get the angle a few degrees wrong and the puppet looks bored or frightened, never anything in between.",
            ),
            ("guest", "He's being modest. He carved the cat for the new show himself."),
            ("host", "Would you recommend puppet making as a career?"),
            (
                "guest",
                "I would, but only if you can live with an uneven income. Some years are wonderful, others you're mending dragons for pocket money.",
            ),
            ("host", "Hazel Penrose and Tom, thank you both."),
        ],
    },
    "gb_laundrette_reopening": {
        "voices": {"host": "awb", "owner": "slt", "caller_one": "kal", "caller_two": "espeak_f"},
        "turns": [
            (
                "host",
                "You're listening to Talkback on Valley Radio. The laundrette on Bridge Street reopened on Monday after being shut for eighteen months, and the new owner, Priya Shah, is with me. Lines are open. Priya, why take it on?",
            ),
            (
                "owner",
                "My brother and I grew up using it. When it closed, half the street had nowhere to wash a duvet, so we bought the lease in the summer.",
            ),
            ("host", "What's changed inside?"),
            (
                "owner",
                "We replaced all twelve washers and put in six new dryers. The old ones were from the 1990s, and two of them flooded the floor every week.",
            ),
            ("host", "Let's go to the phones. Derek in Millbrook, go ahead."),
            (
                "caller_one",
                "Morning. I'm pleased it's back, but the prices have gone up. A wash used to be 4 pounds 50 and now it's 6.",
            ),
            (
                "owner",
                "That's fair to raise. The 6 pound wash is for the big 12 kilo machines. The standard machines are still 5 pounds.",
            ),
            ("caller_one", "Still 50p more than before, though."),
            ("owner", "It is. Electricity costs us nearly three times what the last owner paid."),
            ("host", "Derek, does that satisfy you?"),
            ("caller_one", "Partly. I'd like to see something for pensioners."),
            ("owner", "We're doing that. Over 65s get a pound off every Tuesday and Wednesday."),
            ("host", "Thanks, Derek. Next, Sandra on the High Street."),
            (
                "caller_two",
                "Hello. Mine's about the hours. The sign on the door says 8 till 8, but I came at half seven last night and it was locked.",
            ),
            (
                "owner",
                "I'm sorry about that. We first planned to stay open till 8, but on weeknights we now close at 7, because nobody came in during that last hour in the first week. The sign is being changed on Friday.",
            ),
            ("caller_two", "And weekends?"),
            ("owner", "9 till 6 on both days."),
            ("host", "Sandra, you had a second point?"),
            (
                "caller_two",
                "Yes, the noticeboard. The old one was the only place to find a lost cat or a babysitter round here. Is it coming back?",
            ),
            (
                "owner",
                "It's already up, by the dryers. Anyone can pin a card for free, but we take them down after a month so nothing gets buried.",
            ),
            ("caller_two", "That's brilliant, honestly."),
            ("host", "A text now from Gwen, who says the car park behind it is always full."),
            (
                "owner",
                "That's the supermarket's car park, not ours, sadly. We've asked them for two spaces for customers with heavy loads, and they're thinking about it.",
            ),
            ("host", "Priya Shah, good luck with it."),
        ],
    },
    "gb_estate_street_names": {
        "voices": {
            "presenter": "kal",
            "councillor": "slt",
            "caller_one": "awb",
            "caller_two": "espeak_f",
        },
        "turns": [
            (
                "presenter",
                "Good evening, this is the council phone-in. Tonight we're discussing names for the five new streets on the Ashfield Meadows estate, on the old brickworks site. Councillor Joan Fairley chairs the naming panel. Joan, how did this start?",
            ),
            (
                "councillor",
                "The developer first proposed tree names, Oak Close, Birch Way and so on. We felt that could be anywhere in England, so we asked residents for ideas linked to local history instead.",
            ),
            ("presenter", "And how many ideas came in?"),
            ("councillor", "Just over 300, which the panel cut down to a shortlist of twelve."),
            ("presenter", "Then there was a public vote."),
            (
                "councillor",
                "Yes, online and at the library. 1,840 people took part, far more than we expected.",
            ),
            ("presenter", "What came top?"),
            (
                "councillor",
                "Kilnworks Lane, after the brick kilns that stood there until 1974. Second was Edith Marsh Road, for the district nurse who ran the first clinic in the village during the war.",
            ),
            ("presenter", "Let's take a call. Raymond, you're on."),
            (
                "caller_one",
                "Evening. I worked at the brickworks for 22 years, and I'm delighted about Kilnworks Lane. But I'd like one street named after the workers themselves, not just the buildings.",
            ),
            (
                "councillor",
                "That's a good point, Raymond. One option on the shortlist was Moulders Row, after the men who shaped the clay. It came sixth, so it's not in the first five, but we're keeping it for phase two.",
            ),
            ("caller_one", "When's phase two?"),
            ("councillor", "The developer says 2027, though I'd not bet on it."),
            ("presenter", "Thanks, Raymond. Now Lorraine, you've got an objection."),
            (
                "caller_two",
                "I have. The third most popular name was Gareth Price Way, after the footballer. He's still alive and he lives on the next estate. I think it's wrong to name a street after someone living.",
            ),
            (
                "councillor",
                "Council policy actually agrees with you. We don't name streets after living people, because if something later goes wrong it's very expensive to change the signs and everyone's address.",
            ),
            ("caller_two", "So it won't happen?"),
            (
                "councillor",
                "No. It drops out, and the next name, Saxon Ford, moves up, because there's an old river crossing recorded right by the estate entrance.",
            ),
            ("presenter", "Any other objections?"),
            (
                "councillor",
                "The Royal Mail raised one. There's already an Edith Road two miles away, so deliveries could get muddled. We're suggesting Nurse Marsh Road instead.",
            ),
            ("caller_two", "I'd be happy with that."),
            ("presenter", "When's the final decision?"),
            (
                "councillor",
                "The planning committee meets on the 9th of October, and comments can be sent in until the 30th of September.",
            ),
            ("presenter", "Joan Fairley, thank you."),
        ],
    },
    "gb_dockyard_rope_walk": {
        "voices": {"host": "slt", "cohost": "kal", "ropemaker": "awb"},
        "turns": [
            (
                "host",
                "Welcome back to Hidden Workshops. This week Nick and I are at the historic dockyard in Eastmouth, standing at one end of what looks like an endless corridor.",
            ),
            ("cohost", "It really does. I can't see the far wall."),
            ("host", "With us is master ropemaker Alan Grieve. Alan, how long is this building?"),
            (
                "ropemaker",
                "The rope walk is 346 metres, just under a quarter of a mile. It was built in 1790 for the navy, because a ship's anchor cable had to be laid in one unbroken piece.",
            ),
            ("cohost", "Why unbroken? Couldn't you splice shorter bits together?"),
            (
                "ropemaker",
                "You could, but a splice is the weakest point, and in a storm that's where it parts. The navy wanted 120 fathoms without a join.",
            ),
            ("host", "And how much rope do you actually make these days?"),
            (
                "ropemaker",
                "About 40 kilometres a year. Back in the 1800s this place made that in a fortnight.",
            ),
            ("cohost", "Who buys it?"),
            (
                "ropemaker",
                "Mostly heritage ships and film companies. Tall ships need the right look, and a nylon line on 19th century rigging stands out a mile on camera.",
            ),
            ("host", "I'd have guessed gyms, for those thick climbing ropes."),
            (
                "ropemaker",
                "Ha, people think that, but those are a tiny part. Our biggest single customer is actually a garden centre chain, buying decorative rope for fencing.",
            ),
            ("cohost", "Really?"),
            ("ropemaker", "Really. It pays the bills."),
            ("host", "What fibres are you using?"),
            (
                "ropemaker",
                "Manila and hemp for the heritage work, and polyester hemp for the garden stuff, because it doesn't rot when it's left out in the rain.",
            ),
            ("cohost", "Can visitors see all this?"),
            (
                "ropemaker",
                "They can. We run demonstrations at eleven and three, and children can make a short skipping rope to take home. That costs 4 pounds on top of the entry ticket.",
            ),
            ("host", "How many people come through?"),
            (
                "ropemaker",
                "Around 60,000 a year. Our busiest day was a bank holiday in 2019, when we had nearly 3,000.",
            ),
            ("cohost", "Is the trade dying out?"),
            (
                "ropemaker",
                "I worry about it. There are three of us left who can run the machinery, and I'm 61. We've taken on a trainee this year, but it's a ten year learning curve.",
            ),
            (
                "host",
                "Alan Grieve, thank you. Go and see the rope walk if you're ever in Eastmouth.",
            ),
        ],
    },
}

QUESTIONS = [
    (
        "Who was Wexcombe's town crier before Margaret, and when was the post advertised?",
        "ga_town_crier",
        ["The council advertised it"],
    ),
    (
        "Why does the town crier believe she beat the other candidates?",
        "ga_town_crier",
        ["I think I got it"],
    ),
    (
        "What was a town crier paid back in the 1600s?",
        "ga_town_crier",
        ["The earliest record we have"],
    ),
    (
        "Does the Wexcombe town crier earn a wage, and who pays her costs?",
        "ga_town_crier",
        ["Honestly, it's voluntary.", "The council covers my"],
    ),
    (
        "Who funded the town crier's red coat and what did it cost?",
        "ga_town_crier",
        ["The coat was made"],
    ),
    (
        "Why does the town crier's uniform have to be so tough?",
        "ga_town_crier",
        ["It is, but it has"],
    ),
    (
        "How did the town crier do in last year's national championship?",
        "ga_town_crier",
        ["Last year I came third"],
    ),
    ("How many decibels can the town crier herself reach?", "ga_town_crier", ["My best is 102"]),
    (
        "What kinds of events does the town crier announce nowadays?",
        "ga_town_crier",
        ["Mostly weddings, shop openings"],
    ),
    (
        "What went wrong when the crier read out someone's proposal?",
        "ga_town_crier",
        ["Once someone wanted me"],
    ),
    (
        "What tips does the town crier give to anyone hoping to become one?",
        "ga_town_crier",
        ["Join the Loyal Company"],
    ),
    (
        "What does each beach hut owner pay the council in ground charges at the moment, before the increase?",
        "ga_beach_huts",
        ["The district council has told"],
    ),
    (
        "Will the beach hut rent rise be introduced in stages?",
        "ga_beach_huts",
        ["We wrote to them"],
    ),
    (
        "How many beach huts did the February storm damage?",
        "ga_beach_huts",
        ["As most of you know"],
    ),
    (
        "Why is Peter's insurance company refusing to pay for his storm-damaged beach hut?",
        "ga_beach_huts",
        ["My insurer won't cover"],
    ),
    (
        "How much of the beach hut association's savings should go into an emergency fund?",
        "ga_beach_huts",
        ["We have 6,800 pounds"],
    ),
    (
        "Why did the beach hut committee reject one firm fixing all the huts?",
        "ga_beach_huts",
        ["We also looked at"],
    ),
    (
        "What discount do the recommended carpenters give beach hut association members?",
        "ga_beach_huts",
        ["Coastline Joinery, Dan Pryce,"],
    ),
    (
        "How long has the first person on the beach hut waiting list been waiting?",
        "ga_beach_huts",
        ["There are now 143"],
    ),
    (
        "Why can't extra beach huts be put up along the seafront?",
        "ga_beach_huts",
        ["The council ruled that"],
    ),
    (
        "Under the new association rules, what must a beach hut owner do before selling?",
        "ga_beach_huts",
        ["From this summer, any"],
    ),
    (
        "Who at the beach hut meeting objected to the cap on holiday lets, and why?",
        "ga_beach_huts",
        ["I think the eight-week"],
    ),
    (
        "How many birds are kept at the Highmoor falconry centre?",
        "ga_falconry_centre",
        ["We've got 34 at"],
    ),
    (
        "Which bird at the falconry centre do kids love most?",
        "ga_falconry_centre",
        ["Everyone assumes it's the"],
    ),
    (
        "Apart from treats, what matters most when training a hawk at the falconry centre?",
        "ga_falconry_centre",
        ["Food is the reward"],
    ),
    (
        "What did Amy not expect when she began learning falconry?",
        "ga_falconry_centre",
        ["That was the thing"],
    ),
    (
        "How many years before a falconry trainee can be trusted with falcons?",
        "ga_falconry_centre",
        ["Rob says it takes"],
    ),
    ("When are the falconry centre's flying displays held?", "ga_falconry_centre", ["We do two a"]),
    (
        "Why does the falconry centre cut back its displays over the winter?",
        "ga_falconry_centre",
        ["In winter we drop"],
    ),
    (
        "How much does it cost to fly a hawk yourself at the falconry centre?",
        "ga_falconry_centre",
        ["The hawk walk, where"],
    ),
    (
        "Which falconry centre bird went missing, and how did it get lost?",
        "ga_falconry_centre",
        ["A barn owl called"],
    ),
    (
        "How did the falconry centre get its lost owl back?",
        "ga_falconry_centre",
        ["We put up posters", "She was sitting in"],
    ),
    (
        "What did the falconer change after the owl disappeared?",
        "ga_falconry_centre",
        ["She still flies in"],
    ),
    (
        "Why does the falconer warn against buying a bird of prey on a whim?",
        "ga_falconry_centre",
        ["Do a proper course"],
    ),
    (
        "What damage has been found in the chapel's stained-glass windows?",
        "ga_chapel_windows",
        ["The lead is crumbling"],
    ),
    (
        "How old are the stained-glass windows at the Brampton chapel?",
        "ga_chapel_windows",
        ["The east window was"],
    ),
    (
        "What did the Birmingham company want to charge for the chapel windows?",
        "ga_chapel_windows",
        ["A firm in Birmingham"],
    ),
    (
        "Which craftsman is restoring the chapel's stained glass, and for how much?",
        "ga_chapel_windows",
        ["We've gone with a"],
    ),
    (
        "Why is the local glazier so much cheaper than the other firm for the chapel job?",
        "ga_chapel_windows",
        ["Mostly transport and scaffolding.", "Tom can reuse the"],
    ),
    (
        "How much did the charity walk bring in for the chapel's glass appeal?",
        "ga_chapel_windows",
        ["We held a sponsored"],
    ),
    (
        "How much more money does the chapel still need for its windows?",
        "ga_chapel_windows",
        ["We are, by roughly"],
    ),
    (
        "What did the experienced glazier on the phone-in warn the chapel not to do?",
        "ga_chapel_windows",
        ["I've been a glazier"],
    ),
    (
        "Which other source of matching money was suggested for the chapel window repairs?",
        "ga_chapel_windows",
        ["And ask the Methodist"],
    ),
    (
        "When will work on the chapel windows begin, and how long should it last?",
        "ga_chapel_windows",
        ["Tom says he can"],
    ),
    (
        "How can people donate to the chapel's stained-glass fund?",
        "ga_chapel_windows",
        ["There's a collection box"],
    ),
    (
        "Who drew up the design for the Marram Bay seafront sauna?",
        "ga_seafront_sauna",
        ["A retired boat builder"],
    ),
    (
        "Why didn't they build the seafront sauna out of cedar?",
        "ga_seafront_sauna",
        ["We considered cedar, but"],
    ),
    (
        "How much did the community share scheme for the sauna bring in?",
        "ga_seafront_sauna",
        ["Three hundred and ten"],
    ),
    (
        "What does a session at the seafront sauna cost for members?",
        "ga_seafront_sauna",
        ["Fifty minutes is 9"],
    ),
    (
        "Why did the sauna co-operative decide to keep its prices low?",
        "ga_seafront_sauna",
        ["We wanted it to"],
    ),
    (
        "Since when has Graham been going for a daily swim by the sauna?",
        "ga_seafront_sauna",
        ["I'm seventy-one and I've"],
    ),
    (
        "How has the new sauna changed things for the morning sea swimmer?",
        "ga_seafront_sauna",
        ["Before, I'd come out"],
    ),
    (
        "How long did the swimmer's GP say he could stay in the cold sea?",
        "ga_seafront_sauna",
        ["She told me to"],
    ),
    (
        "What safety arrangements does the seafront sauna have?",
        "ga_seafront_sauna",
        ["There's a trained host"],
    ),
    (
        "How cold did the sea by the sauna get in January?",
        "ga_seafront_sauna",
        ["In January it dropped"],
    ),
    (
        "Can you drink alcohol at the seafront sauna?",
        "ga_seafront_sauna",
        ["No, it's strictly banned."],
    ),
    (
        "What should a first-time visitor to the sauna bring, according to Graham?",
        "ga_seafront_sauna",
        ["Come once and you'll"],
    ),
    (
        "What did the pricier coach company quote for the twinning trip to Lauterbach?",
        "gb_twinning_coach_trip",
        ["Hillside Travel wanted 9,400"],
    ),
    (
        "Why did the twin town ask the association not to come just after Easter?",
        "gb_twinning_coach_trip",
        ["That clashes with their"],
    ),
    (
        "How many nights will the twinning group actually stay in Lauterbach?",
        "gb_twinning_coach_trip",
        ["Five nights, with a"],
    ),
    (
        "What would each traveller pay for the coach to the twin town if it's completely full?",
        "gb_twinning_coach_trip",
        ["If we fill all"],
    ),
    (
        "What did people pay on the twinning association's previous coach trip?",
        "gb_twinning_coach_trip",
        ["Last time, in 2019"],
    ),
    (
        "How is the twinning association planning to bring the per-person cost of the trip down?",
        "gb_twinning_coach_trip",
        ["The association can put"],
    ),
    (
        "How many families in Lauterbach have agreed to host visitors so far?",
        "gb_twinning_coach_trip",
        ["Lauterbach has found 22"],
    ),
    (
        "Which member of the twinning association was against putting some travellers in a guesthouse, and why?",
        "gb_twinning_coach_trip",
        ["Now, I have to", "The whole point of"],
    ),
    (
        "What did the twinning treasurer think of guesthouse guests paying extra?",
        "gb_twinning_coach_trip",
        ["I think that's fair"],
    ),
    (
        "What present did the chair want to take for the twin town's mayor?",
        "gb_twinning_coach_trip",
        ["A tree, I think"],
    ),
    (
        "How much is the deposit for the Lauterbach coach trip and when is it due?",
        "gb_twinning_coach_trip",
        ["Fifty pounds each, by"],
    ),
    (
        "What timber does the Ludlow puppet maker carve her puppet heads from?",
        "gb_puppet_maker",
        ["The heads are mostly"],
    ),
    (
        "Why does Hazel Penrose try to keep her big puppets light?",
        "gb_puppet_maker",
        ["Because a performer might"],
    ),
    (
        "Where does the puppet maker source the hair for her puppets?",
        "gb_puppet_maker",
        ["That's mohair from a"],
    ),
    (
        "What went wrong when the puppet maker used artificial hair?",
        "gb_puppet_maker",
        ["I tried synthetic wig"],
    ),
    (
        "What was the puppet maker's largest ever commission?",
        "gb_puppet_maker",
        ["The biggest was a"],
    ),
    (
        "How much did the giant bird for the Bristol festival cost the client?",
        "gb_puppet_maker",
        ["That one was 11,000"],
    ),
    (
        "Why does a puppet on strings cost so much more from Hazel Penrose?",
        "gb_puppet_maker",
        ["And a marionette with"],
    ),
    (
        "How many places will the puppet maker's touring show visit?",
        "gb_puppet_maker",
        ["It's called The Lighthouse"],
    ),
    (
        "Why is the puppet tour going to small country venues instead of big stages?",
        "gb_puppet_maker",
        ["Because children in rural"],
    ),
    (
        "What does the apprentice puppet maker find hardest to get right?",
        "gb_puppet_maker",
        ["Honestly, it's the eyes."],
    ),
    (
        "What did Tom study before becoming an apprentice to the puppet maker?",
        "gb_puppet_maker",
        ["I came from a"],
    ),
    (
        "Would the puppet maker advise someone to make a living from puppets?",
        "gb_puppet_maker",
        ["I would, but only"],
    ),
    (
        "Why did the new owners take over the Bridge Street laundrette?",
        "gb_laundrette_reopening",
        ["My brother and I"],
    ),
    (
        "What was the trouble with the laundrette's old machines?",
        "gb_laundrette_reopening",
        ["The old ones were"],
    ),
    (
        "What did a load cost at the laundrette before it shut, according to the caller?",
        "gb_laundrette_reopening",
        ["A wash used to"],
    ),
    (
        "What does an ordinary-sized washer cost at the reopened laundrette?",
        "gb_laundrette_reopening",
        ["The standard machines are"],
    ),
    (
        "What reason did the laundrette owner give for charging more?",
        "gb_laundrette_reopening",
        ["Electricity costs us nearly"],
    ),
    (
        "Is there a cheaper deal for older people at the Bridge Street laundrette?",
        "gb_laundrette_reopening",
        ["Over 65s get a"],
    ),
    (
        "Why was the laundrette locked at half seven when the door says it's open later?",
        "gb_laundrette_reopening",
        ["We first planned to"],
    ),
    (
        "What hours is the laundrette open on Saturday and Sunday?",
        "gb_laundrette_reopening",
        ["9 till 6 on"],
    ),
    (
        "What are the rules for putting a notice up in the laundrette?",
        "gb_laundrette_reopening",
        ["Anyone can pin a"],
    ),
    (
        "What did the laundrette owner say about the full car park at the back?",
        "gb_laundrette_reopening",
        ["That's the supermarket's car"],
    ),
    (
        "What did the builder originally want to call the roads on the Ashfield Meadows estate?",
        "gb_estate_street_names",
        ["The developer first proposed"],
    ),
    (
        "How many street name ideas did residents send in to the council panel?",
        "gb_estate_street_names",
        ["Just over 300, which"],
    ),
    (
        "How many people voted in the poll on the new estate's street names?",
        "gb_estate_street_names",
        ["1,840 people took part"],
    ),
    (
        "Which name won the street naming vote, and what does it refer to?",
        "gb_estate_street_names",
        ["Kilnworks Lane, after the"],
    ),
    (
        "Who was the woman that one of the estate's proposed road names commemorates?",
        "gb_estate_street_names",
        ["Second was Edith Marsh"],
    ),
    (
        "What did the former brickworks employee ask the council to do?",
        "gb_estate_street_names",
        ["But I'd like one"],
    ),
    (
        "When is the next phase of the Ashfield Meadows estate expected?",
        "gb_estate_street_names",
        ["The developer says 2027"],
    ),
    (
        "Why won't the council put a living person's name on a road sign?",
        "gb_estate_street_names",
        ["We don't name streets"],
    ),
    (
        "Which name took the footballer's place in the top five for the estate?",
        "gb_estate_street_names",
        ["It drops out, and"],
    ),
    (
        "Why did the postal service object to one of the estate road names?",
        "gb_estate_street_names",
        ["There's already an Edith"],
    ),
    (
        "When does the council make its final decision on the estate street names?",
        "gb_estate_street_names",
        ["The planning committee meets"],
    ),
    (
        "How long is the building where they make rope at the Eastmouth dockyard?",
        "gb_dockyard_rope_walk",
        ["The rope walk is"],
    ),
    (
        "Why did the navy need such a long ropemaking shed at Eastmouth?",
        "gb_dockyard_rope_walk",
        ["It was built in"],
    ),
    (
        "Why couldn't ships just join short lengths of rope together?",
        "gb_dockyard_rope_walk",
        ["You could, but a"],
    ),
    (
        "How much rope does the dockyard workshop turn out each year now?",
        "gb_dockyard_rope_walk",
        ["About 40 kilometres a"],
    ),
    (
        "Who are the main buyers of rope from the historic dockyard?",
        "gb_dockyard_rope_walk",
        ["Mostly heritage ships and"],
    ),
    (
        "What did the podcast host wrongly assume about who buys the dockyard's rope?",
        "gb_dockyard_rope_walk",
        ["I'd have guessed gyms"],
    ),
    (
        "Which customer buys the most rope from the Eastmouth ropemakers?",
        "gb_dockyard_rope_walk",
        ["Our biggest single customer"],
    ),
    (
        "Why is a synthetic fibre used for the rope sold to garden centres?",
        "gb_dockyard_rope_walk",
        ["Manila and hemp for"],
    ),
    (
        "At what times can visitors watch rope being made at the dockyard?",
        "gb_dockyard_rope_walk",
        ["We run demonstrations at"],
    ),
    (
        "How much extra does it cost for a child to make their own rope at Eastmouth?",
        "gb_dockyard_rope_walk",
        ["That costs 4 pounds"],
    ),
    (
        "How many visitors does the rope workshop get annually?",
        "gb_dockyard_rope_walk",
        ["Around 60,000 a year."],
    ),
    (
        "Why is the master ropemaker worried about the future of his craft?",
        "gb_dockyard_rope_walk",
        ["There are three of"],
    ),
]
