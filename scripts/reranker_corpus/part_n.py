"""Conversations about farming and the environment, with paraphrased questions  (written for audio_rag; original text)"""

CONVERSATIONS = {
    "n_dairy_price_cut": {
        "turns": [
            (
                "host",
                "Good morning and welcome to Farm Hour. With me is Gwen Pritchard, who milks cows near Llandeilo in Carmarthenshire. Gwen, thanks for coming in.",
            ),
            (
                "guest",
                "Thanks for having me. It's not often I get a morning off, so I'll enjoy it.",
            ),
            ("host", "How big is the herd these days?"),
            (
                "guest",
                "We're milking 180 Holstein Friesians, and there's about 140 young stock coming through behind them.",
            ),
            ("host", "And you got a letter from your buyer last month."),
            (
                "guest",
                "That's right. The processor cut our price from 42 pence a litre to 36 pence, with only four weeks notice. They blamed a drop in cheese prices on the world market.",
            ),
            ("host", "What does six pence a litre mean in real money for you?"),
            (
                "guest",
                "Roughly £9,000 a month off our milk cheque. Over a year that's more than a hundred thousand pounds gone.",
            ),
            ("host", "Ouch."),
            (
                "guest",
                "Exactly. And our costs haven't gone down at all. Feed is still dear, fertiliser nearly doubled in 2022, and the electricity for the parlour and the bulk tank is triple what it was.",
            ),
            ("host", "So what can you actually do about it?"),
            (
                "guest",
                "We've started grazing for longer, from March right through to November, so we buy less cake. My son Dylan has also put in a milk vending machine at the farm gate.",
            ),
            ("host", "Is that making a difference?"),
            (
                "guest",
                "It sells about 150 litres a day at £1.50 a litre, so it helps, but it's a drop in the ocean against what we produce.",
            ),
            ("host", "Would you ever give up dairy?"),
            (
                "guest",
                "I've thought about it, honestly. But my grandfather started this herd in 1958, and I'd rather go down fighting. What I'd really like is contracts that are tied to our costs, so one bad month abroad doesn't sink us.",
            ),
        ],
    },
    "n_dairy_organic_coop": {
        "turns": [
            (
                "host",
                "Now, not every dairy farm is feeling the same squeeze. Tom Harland farms organically near Kendal in Cumbria, and he's on the line. Tom, how are things?",
            ),
            (
                "farmer",
                "Steadier than most, I'd say. We're getting 51 pence a litre at the moment.",
            ),
            ("host", "That's well above the conventional price. Why?"),
            (
                "farmer",
                "Because we're organic and we sell through a cooperative of about 40 farms. The co-op owns a share of the creamery, so when the price is set, we're in the room.",
            ),
            ("host", "How many cows have you got?"),
            (
                "farmer",
                "Just 95, mostly Ayrshires crossed with Jerseys. They give less milk but it's richer, and they do well on grass.",
            ),
            ("host", "And the conversion to organic, how long did that take?"),
            (
                "farmer",
                "Two years, from 2015 to 2017. Those were lean years because you farm organically but you still get paid the normal price.",
            ),
            ("host", "Right."),
            (
                "farmer",
                "We nearly packed it in halfway through. My wife Sarah kept us going with a job at the auction mart.",
            ),
            (
                "host",
                "We've also got Dr Priya Mehta, an agricultural economist. Priya, is a co-op the answer for everyone?",
            ),
            (
                "economist",
                "Not for everyone. Cooperatives work well when members stay loyal in bad years, but some farmers leave as soon as a private buyer offers a penny more.",
            ),
            ("host", "Tom, would you agree with that?"),
            (
                "farmer",
                "Partly. I think the bigger risk is that organic demand falls when shoppers are short of money, and that happened to us a bit last winter.",
            ),
            (
                "economist",
                "That's fair. Organic milk sales dropped about 8% in 2023, so nobody is completely safe.",
            ),
            ("host", "And what's next for the farm, Tom?"),
            (
                "farmer",
                "We're planning to make a small batch cheese under our own name, starting next spring, so we keep more of the value ourselves.",
            ),
        ],
    },
    "n_lambing_hill_farm": {
        "turns": [
            (
                "host",
                "It's April, and on a hill farm above Llanidloes that means lambing. Rhys Morgan, you look tired.",
            ),
            (
                "shepherd",
                "I've had about four hours sleep since Sunday, so yes, you could say that.",
            ),
            ("host", "How many ewes are you lambing this year?"),
            (
                "shepherd",
                "Six hundred Welsh Mountain ewes, and most of them lamb outside on the hill. Only the ones carrying twins come down to the shed.",
            ),
            ("host", "Why keep them outside?"),
            (
                "shepherd",
                "The hill breeds are tough and they mother well on their own. Bringing all of them in would also mean buying far more straw and hay than we can afford.",
            ),
            ("host", "What's a typical night like?"),
            (
                "shepherd",
                "I go round with a head torch every three hours. If a ewe's been pushing for too long, I'll help her, and any weak lamb gets a tube of colostrum straight away.",
            ),
            ("host", "And how many do you lose?"),
            (
                "shepherd",
                "Last year we lost about 4% of the lambs, mostly in one cold wet night in the second week. Foxes took a few as well.",
            ),
            ("host", "Do you have help?"),
            (
                "shepherd",
                "My partner Ffion does the day shift, and my dog Mot does the rest. Honestly, without that dog I'd need two extra people on the hill.",
            ),
            ("host", "Really?"),
            (
                "shepherd",
                "Oh yes. She'll bring a ewe and her lamb down off the slope without upsetting either of them.",
            ),
            ("host", "What would make lambing easier for farms like yours?"),
            (
                "shepherd",
                "A better lamb price would help most. We're getting about the same for a store lamb as we did in 2014, and everything else costs double.",
            ),
        ],
    },
    "n_lambing_student_helpers": {
        "turns": [
            (
                "host",
                "Alison Reid runs a lowland sheep farm near Hexham in Northumberland, and she lambs everything indoors. Alison, when does it start for you?",
            ),
            (
                "farmer",
                "Our first lambs arrive around the 1st of March, and we're usually done by early April.",
            ),
            ("host", "How many ewes?"),
            ("farmer", "About 1,200, mostly Mules crossed with Texel tups."),
            ("host", "That's a lot to get through in a month."),
            (
                "farmer",
                "It is. We scan the ewes in January so we know which ones are carrying singles, twins or triplets, and we feed them accordingly. This year we scanned at 190%.",
            ),
            ("host", "Which means?"),
            (
                "farmer",
                "It means on average each ewe is expecting nearly two lambs. Good for income, hard work for us.",
            ),
            ("host", "And you take on students to help?"),
            (
                "farmer",
                "Every year, yes. We have three vet students from Edinburgh living on the farm for five weeks. They get experience, and we get extra hands on the night shift.",
            ),
            ("student", "I'm one of them, actually. I'm Callum, I'm in my third year."),
            ("host", "Callum, what's surprised you most?"),
            (
                "student",
                "How quickly things go wrong. A lamb can look fine at midnight and be cold and flat by two in the morning, so you learn to check everything twice.",
            ),
            ("host", "Alison, is indoor lambing the safer option?"),
            (
                "farmer",
                "For us, yes. In 2018, when the Beast from the East came through, farms that lambed outside round here lost hundreds. We lost eleven.",
            ),
            ("host", "Is there a downside?"),
            (
                "farmer",
                "Disease spreads faster in a shed, so we're forever disinfecting pens. And the straw bill last year was £14,000.",
            ),
        ],
    },
    "n_river_cleanup_trolleys": {
        "turns": [
            (
                "chair",
                "Right, let's start. This is the monthly meeting of Friends of the River Tame. First item, Saturday's clean-up. Dave, how did it go?",
            ),
            (
                "volunteer",
                "Really well. We had 38 volunteers, which is our biggest turnout yet, and we worked the stretch between the railway bridge and the weir.",
            ),
            ("chair", "And what came out?"),
            (
                "volunteer",
                "Nineteen shopping trolleys, two motorbikes, a fridge and about 60 bags of general rubbish. The council estimated it at just over 3 tonnes.",
            ),
            ("chair", "Three tonnes. Amazing."),
            ("treasurer", "Can I ask who's paying for the skip? The last one cost us £280."),
            (
                "volunteer",
                "The council agreed to collect it free this time, as long as we stack everything at the car park on Mill Lane.",
            ),
            ("chair", "Good. Any problems on the day?"),
            (
                "volunteer",
                "One. A new volunteer went into the water without waders and slipped near the weir. She was fine, but it shook everyone.",
            ),
            ("chair", "So what do we change?"),
            (
                "volunteer",
                "I'd like a rule that nobody goes in the river without waders and a partner on the bank. And we should do a safety talk before every session, not just the first.",
            ),
            ("treasurer", "We've got £640 in the account. New waders are about £45 a pair."),
            ("chair", "Let's buy six pairs then. Anyone against?"),
            (
                "treasurer",
                "Not against, but I'd rather ask the supermarket to pay, since most of the trolleys are theirs.",
            ),
            ("chair", "Fair point. Dave, can you write to them?"),
            ("volunteer", "Will do. I'll send them the photos too."),
        ],
    },
    "n_river_water_testing": {
        "turns": [
            (
                "host",
                "This week on the podcast we're talking to Meera Shah, who leads a citizen science group testing water on the River Lenn. Meera, what do you actually measure?",
            ),
            (
                "guest",
                "Mostly phosphate, nitrate and E. coli. We also record temperature and look at what insects live under the stones, because that tells you a lot about long term health.",
            ),
            ("host", "How many people are involved?"),
            (
                "guest",
                "We have 24 trained testers covering twelve sites, and each site is tested every fortnight.",
            ),
            ("host", "And what have you found?"),
            (
                "guest",
                "Downstream of the sewage works at Brockford, E. coli levels after heavy rain were more than ten times what you'd want for bathing. Upstream they were fine.",
            ),
            ("host", "So you think it's the storm overflow?"),
            (
                "guest",
                "We're fairly sure. The water company's own data shows it spilled for over 900 hours last year.",
            ),
            ("host", "What did the water company say when you showed them?"),
            (
                "guest",
                "To be fair, they met us. They said an upgrade is planned for 2027, but we think that's far too slow.",
            ),
            ("host", "Is farming part of the problem too?"),
            (
                "guest",
                "Yes, and we try to be honest about that. Phosphate is high near a couple of big poultry units, where manure gets spread on wet fields. We're working with those farmers rather than shouting at them.",
            ),
            ("host", "How much does the testing cost?"),
            (
                "guest",
                "The kits are about £12 a test, so roughly £7,000 a year. A local trust gave us a grant for the first two years.",
            ),
            ("host", "And if listeners want to start a group?"),
            (
                "guest",
                "Start small, with three or four sites, and get proper training first. Bad data is worse than no data.",
            ),
        ],
    },
    "n_trees_charity_schools": {
        "turns": [
            (
                "host",
                "Joining me is Hannah Okafor, chief executive of Roots for Tomorrow, a tree-planting charity based in Leicester. Hannah, how many trees did you plant last season?",
            ),
            (
                "guest",
                "Just over 52,000, across 31 sites. About a third of those were planted by schoolchildren.",
            ),
            ("host", "Why schools?"),
            (
                "guest",
                "Because a child who plants a tree at seven will still be walking past it at thirty. We want people to feel the woods belong to them.",
            ),
            ("host", "What kinds of trees?"),
            (
                "guest",
                "Mostly native species, like oak, hazel, rowan, hawthorn and field maple. We stopped planting ash in 2016 because of ash dieback.",
            ),
            ("host", "Now, critics say a lot of planted trees simply die. Is that fair?"),
            (
                "guest",
                "It's a fair question. Nationally some schemes lose half their saplings. Our survival rate after three years is around 78%, because we go back and weed and water in dry summers.",
            ),
            ("host", "That's high."),
            (
                "guest",
                "It costs money though. Aftercare is about 40% of our budget, and funders prefer to pay for planting, not weeding.",
            ),
            ("host", "What about plastic tree guards? People find them all over the countryside."),
            (
                "guest",
                "We've moved to cardboard guards that rot away after about five years. They cost a bit more, roughly 90 pence each instead of 60, but we don't leave litter behind.",
            ),
            ("host", "And what's the next big project?"),
            (
                "guest",
                "A 40 hectare woodland on old farmland outside Market Harborough, starting this November.",
            ),
        ],
    },
    "n_trees_volunteer_call": {
        "turns": [
            (
                "agent",
                "Hello, you're through to Greenway Trees supporter line, this is Josh. How can I help?",
            ),
            (
                "caller",
                "Hi, my name's Margaret. My husband died last year and I'd like to plant a tree in his memory.",
            ),
            (
                "agent",
                "I'm sorry for your loss, Margaret. We can certainly help with that. Our memorial trees cost £25 each, and that includes planting and a certificate.",
            ),
            ("caller", "Can I choose where it goes?"),
            (
                "agent",
                "You can choose one of our memorial woods. The nearest to most people in the north west is Halden Wood, near Clitheroe.",
            ),
            ("caller", "He loved walking round there, actually."),
            (
                "agent",
                "Then that would be perfect. Would you like to plant it yourself, or should our team do it?",
            ),
            ("caller", "I'd like to do it myself, if I'm able to. When is that possible?"),
            (
                "agent",
                "We only plant between November and March, when the trees are dormant. Our next family planting day at Halden is Saturday the 7th of December.",
            ),
            ("caller", "Is it muddy? I'm 74 and my knees aren't what they were."),
            (
                "agent",
                "It can be, but there's a firm track to the memorial area, and our volunteers dig the hole first. You'd just put the tree in and firm it down.",
            ),
            ("caller", "That sounds lovely. Can I put a plaque on it?"),
            (
                "agent",
                "We don't allow plaques in the wood itself, because we want it to look natural. Instead his name goes in the memorial book at the visitor hut and on our website.",
            ),
            ("caller", "I understand. What kind of tree would it be?"),
            (
                "agent",
                "You can pick oak, silver birch or wild cherry. Cherry is popular because of the blossom in spring.",
            ),
            ("caller", "Then cherry, please. He always said spring was his favourite time."),
        ],
    },
    "n_fishing_cod_quota": {
        "turns": [
            (
                "host",
                "I'm on the quayside in Peterhead with skipper Andy Buchan, who's been fishing out of here for 31 years. Andy, the new quotas came out last week. How do they look?",
            ),
            (
                "skipper",
                "Not good. Our North Sea cod quota has been cut by 20%, and haddock is down as well.",
            ),
            ("host", "What's the reason given?"),
            (
                "skipper",
                "The scientists say the cod stock is struggling again, partly because the water's warming and the fish are moving north. I don't doubt the warming, but I think the surveys miss a lot of fish.",
            ),
            ("host", "Tell me about your boat."),
            (
                "skipper",
                "She's the Morning Star, 22 metres, and there are six of us aboard, including my son Kyle.",
            ),
            ("host", "How long is a trip?"),
            (
                "skipper",
                "Usually five or six days out. We land on a Monday and we're back out by Wednesday.",
            ),
            ("host", "What does a 20% cut do to the crew?"),
            (
                "skipper",
                "The crew are paid a share of the catch, so their money drops straight away. One of my best deckhands has already gone to work on the wind farm boats, because the pay is steady.",
            ),
            ("host", "Is there anything that would help?"),
            (
                "skipper",
                "Swapping quota with other boats helps a bit, and we lease extra. But leasing cod costs a fortune, sometimes more than half of what you get for the fish at the market.",
            ),
            ("host", "That seems mad."),
            (
                "skipper",
                "It is mad. The quota is owned by a handful of big companies, and some of them don't even have boats.",
            ),
            ("host", "Would you tell Kyle to stay in fishing?"),
            (
                "skipper",
                "I'd tell him to learn engineering as well, so he's got something to fall back on. I love it, but I wouldn't bet my whole life on it now.",
            ),
        ],
    },
    "n_fishing_inshore_pollack": {
        "turns": [
            (
                "host",
                "On today's show, small-scale fishing. Jenna Trelawny fishes alone from Newlyn in Cornwall on a seven metre boat called Kittiwake. Jenna, what do you catch?",
            ),
            (
                "fisher",
                "Mostly pollack and mackerel on handlines, and I've got about 150 crab pots as well.",
            ),
            ("host", "And you're in the under ten metre fleet. How does quota work for you?"),
            (
                "fisher",
                "We don't own quota like the big boats. We share a pool, and the government sets a monthly limit for each species.",
            ),
            ("host", "And what happened with pollack?"),
            (
                "fisher",
                "In 2023 pollack was closed completely to commercial boats for most of the year. That was about 60% of my income gone overnight.",
            ),
            ("host", "How did you manage?"),
            (
                "fisher",
                "I moved more to crab and lobster, and I did a few months skippering trips for tourists. It kept the mortgage paid, just.",
            ),
            (
                "host",
                "We also have Martin Cole from a fishermen's association. Martin, was the closure justified?",
            ),
            (
                "rep",
                "The advice on pollack was genuinely worrying, so some cut made sense. What we objected to was that the small boats took the hit with no warning and no compensation.",
            ),
            ("host", "Jenna, do you agree?"),
            (
                "fisher",
                "Mostly. But I'd go further. Handline fishing is about the most selective there is, so I think boats like mine should get a bigger share, not a smaller one.",
            ),
            ("host", "Who buys your fish?"),
            (
                "fisher",
                "Four restaurants in Penzance and St Ives, and the rest goes through the auction. The restaurants pay better and they tell customers who caught it.",
            ),
            ("host", "Any advice for someone young who wants to start?"),
            (
                "fisher",
                "Crew for someone else for at least three years before you buy a boat. And don't borrow more than you can pay back in a bad season.",
            ),
        ],
    },
    "n_rewilding_beavers": {
        "turns": [
            (
                "host",
                "We're at the Ardmore estate in Perthshire, where two years ago they released beavers into a fenced valley. Estate manager Iain Fraser is with me. Iain, how many beavers are here now?",
            ),
            (
                "manager",
                "We started with two families, seven animals in total. We think there are around fifteen now.",
            ),
            ("host", "And what have they changed?"),
            (
                "manager",
                "They've built eleven dams along the burn. The valley floor has gone from a fast ditch to a chain of pools and wet meadow.",
            ),
            ("host", "Is that good?"),
            (
                "manager",
                "For wildlife, very. We've counted frogspawn in places that were dry, and the dragonfly surveys doubled in one year.",
            ),
            (
                "host",
                "Not everyone's happy though. I spoke to a neighbouring farmer who's worried about flooding.",
            ),
            (
                "manager",
                "I understand that, and we take it seriously. Actually, the dams hold water back in heavy rain, so the peak flow downstream has gone down, not up.",
            ),
            ("host", "How do you know that?"),
            (
                "manager",
                "The university in Stirling put flow gauges above and below the site in 2021, so we have the numbers.",
            ),
            ("neighbour", "Can I come in there? I'm Fiona Dunn, I farm the land below the estate."),
            ("host", "Please do."),
            (
                "neighbour",
                "My worry isn't the big floods, it's beavers escaping and damming my field drains. If that happens, who pays?",
            ),
            (
                "manager",
                "We've agreed a fund of £20,000 for any damage outside the fence, and we'll remove a dam on her land within 48 hours if she asks.",
            ),
            (
                "neighbour",
                "That's in writing now, which helps. I'm still not convinced, but I'm willing to see how it goes.",
            ),
        ],
    },
    "n_rewilding_pigs_ponies": {
        "turns": [
            (
                "host",
                "Welcome back to Wild Ground. My guest is Clare Ashworth, who inherited a 1,400 acre estate in West Sussex and stopped farming it in 2012. Clare, why stop?",
            ),
            (
                "guest",
                "We were losing money on arable every year. The clay soil here is heavy and wet, and even in good years we barely broke even.",
            ),
            ("host", "So what did you do instead?"),
            (
                "guest",
                "We took the fences down between fields and brought in grazing animals to do the work. We have Tamworth pigs, Exmoor ponies and English longhorn cattle roaming freely.",
            ),
            ("host", "Why pigs?"),
            (
                "guest",
                "They root up the ground like wild boar used to, which lets wildflowers and tree seedlings get going.",
            ),
            ("host", "And what's come back?"),
            (
                "guest",
                "Nightingales, for one. We had none when we started and now we have about 30 singing males every spring. Turtle doves too, which are very rare in Britain.",
            ),
            ("host", "How does the estate pay for itself now?"),
            (
                "guest",
                "Safaris, camping and a small amount of meat from the longhorns. Tourism is now about 60% of our income.",
            ),
            (
                "host",
                "Some farmers say land like yours should be producing food. What would you say to them?",
            ),
            (
                "guest",
                "I'd say we still produce meat, about 75 tonnes a year, it's just raised differently. And this land was never good at growing wheat.",
            ),
            ("host", "Do you think every estate should do this?"),
            (
                "guest",
                "No, definitely not. The best farmland should stay farmed. Rewilding makes sense on poor land, on steep slopes, or next to rivers.",
            ),
            ("host", "What's been hardest?"),
            (
                "guest",
                "Honestly, the neighbours at first. People thought we'd let it go to ruin. Over time most of them have come round, and one now runs bird walks for us.",
            ),
        ],
    },
    "n_allotment_shed_dispute": {
        "turns": [
            (
                "chair",
                "Good evening everyone. This is a special meeting of the Elm Road Allotment Society, called because of a complaint about plot 23. Linda, you raised it, so go ahead.",
            ),
            (
                "member",
                "Thank you. My neighbour on plot 23 has put up a shed that's nearly three metres tall, and it shades half my plot from lunchtime onwards. My tomatoes and beans are suffering.",
            ),
            ("chair", "What do our rules say about sheds?"),
            (
                "secretary",
                "Rule 9 says sheds must be no bigger than two metres by two and a half, and no taller than two metres. They also need written approval from the committee first.",
            ),
            ("chair", "And did he get approval?"),
            ("secretary", "No. We have no record of a request."),
            (
                "holder",
                "I'm Gary, I'm on plot 23. I didn't know I needed permission. The old shed was rotten and I replaced it with one my brother was getting rid of.",
            ),
            ("member", "But you must have seen it was much bigger."),
            (
                "holder",
                "I did, but I thought bigger was fine as long as it's on my own plot. I keep all my tools and my wife's mobility scooter in there.",
            ),
            ("chair", "Gary, I do have some sympathy. But the rules apply to everyone."),
            ("holder", "So what are you asking me to do?"),
            (
                "chair",
                "I'd propose that Gary lowers the roof or moves the shed to the north end of the plot, where it won't shade anyone. He'd have until the end of May.",
            ),
            (
                "secretary",
                "And if it's not done by then, we'd issue a formal warning under rule 14.",
            ),
            ("member", "I can live with the north end. That would solve it."),
            ("holder", "Moving it is a two man job. Would anyone help?"),
            ("chair", "I'm sure we can find a few volunteers on a Sunday morning. All in favour?"),
        ],
    },
    "n_allotment_rent_rise": {
        "turns": [
            (
                "chair",
                "Next item is the rent. As you know, the town council has told us our rent for the Brook Lane site is going up. Paul, can you give the figures?",
            ),
            (
                "treasurer",
                "Yes. A full plot will go from £45 to £78 a year from next April, and half plots from £25 to £42.",
            ),
            ("member", "That's nearly double! How can they justify that?"),
            (
                "treasurer",
                "They say water charges have gone up sharply, and they want the allotments to cover their own costs instead of being subsidised.",
            ),
            ("member", "But most of us are pensioners. Some people will just give up their plots."),
            (
                "chair",
                "Which might not be all bad, Rosa. We do have 63 people on the waiting list.",
            ),
            ("member", "That's a terrible thing to say. Some of us have been here thirty years."),
            (
                "chair",
                "I'm sorry, that came out wrong. I meant that the council knows the plots will be let whatever they charge.",
            ),
            (
                "treasurer",
                "Could I suggest something? We could ask for a concession rate for people over 70 and people on benefits, like the leisure centre has.",
            ),
            ("member", "I'd support that."),
            ("chair", "And the water. Could we cut how much we use?"),
            (
                "treasurer",
                "We used about 900 cubic metres last summer. If we put water butts on every shed, we could probably cut that by a third.",
            ),
            ("member", "Who pays for the butts, though?"),
            (
                "treasurer",
                "They're about £30 each. I'll apply to the council's green grant, which gave the Chapel Street site £2,000 last year.",
            ),
            (
                "chair",
                "Good. So we'll write to the council asking for a concession rate and apply for the grant. Rosa, would you help draft the letter?",
            ),
            ("member", "Yes, as long as it's firm. I don't want us to sound grateful."),
        ],
    },
}

QUESTIONS = [
    # n_dairy_price_cut
    ("How many cows does Gwen Pritchard milk?", "n_dairy_price_cut", ["We're milking 180"]),
    (
        "By how much did Gwen's processor lower what it pays for milk?",
        "n_dairy_price_cut",
        ["The processor cut"],
    ),
    (
        "Why did the Welsh dairy farmer's buyer say it was paying less?",
        "n_dairy_price_cut",
        ["They blamed a"],
    ),
    (
        "How much money does the milk price cut cost Gwen each month?",
        "n_dairy_price_cut",
        ["Roughly £9,000 a"],
    ),
    ("Which running costs have gone up on Gwen's farm?", "n_dairy_price_cut", ["Feed is still"]),
    (
        "How much milk does the farm gate vending machine in Carmarthenshire sell?",
        "n_dairy_price_cut",
        ["It sells about"],
    ),
    ("When did Gwen's family start the dairy herd?", "n_dairy_price_cut", ["But my grandfather"]),
    (
        "What kind of milk contract would Gwen like to see?",
        "n_dairy_price_cut",
        ["What I'd really"],
    ),
    # n_dairy_organic_coop
    (
        "What price per litre is Tom Harland getting for his milk?",
        "n_dairy_organic_coop",
        ["Steadier than most"],
    ),
    (
        "Why does Tom get a better price than conventional dairy farmers?",
        "n_dairy_organic_coop",
        ["Because we're organic"],
    ),
    ("What breeds are in the Cumbrian organic herd?", "n_dairy_organic_coop", ["Just 95, mostly"]),
    ("How long did it take Tom's farm to go organic?", "n_dairy_organic_coop", ["Two years, from"]),
    (
        "Who kept the Harland family going during the organic conversion?",
        "n_dairy_organic_coop",
        ["My wife Sarah"],
    ),
    (
        "According to the economist, when do cooperatives struggle?",
        "n_dairy_organic_coop",
        ["Cooperatives work well"],
    ),
    (
        "How much did organic milk sales fall in 2023?",
        "n_dairy_organic_coop",
        ["Organic milk sales"],
    ),
    (
        "What new product is the organic farm in Kendal planning?",
        "n_dairy_organic_coop",
        ["We're planning to"],
    ),
    # n_lambing_hill_farm
    (
        "How many ewes does Rhys Morgan have and where do they lamb?",
        "n_lambing_hill_farm",
        ["Six hundred Welsh"],
    ),
    (
        "Why doesn't the hill shepherd bring all his ewes indoors?",
        "n_lambing_hill_farm",
        ["The hill breeds", "Bringing all of"],
    ),
    (
        "How often does Rhys check the sheep during the night?",
        "n_lambing_hill_farm",
        ["I go round"],
    ),
    (
        "What does Rhys do for a newborn lamb that is struggling?",
        "n_lambing_hill_farm",
        ["If a ewe's"],
    ),
    (
        "What share of lambs did the Welsh hill farm lose last year?",
        "n_lambing_hill_farm",
        ["Last year we"],
    ),
    (
        "What's the name of Rhys's sheepdog and how much does it help?",
        "n_lambing_hill_farm",
        ["My partner Ffion", "Honestly, without that"],
    ),
    (
        "What would Rhys change to make lambing easier for hill farms?",
        "n_lambing_hill_farm",
        ["A better lamb"],
    ),
    # n_lambing_student_helpers
    (
        "When does lambing begin on Alison Reid's farm?",
        "n_lambing_student_helpers",
        ["Our first lambs"],
    ),
    (
        "What breeds of sheep does the Northumberland farm keep?",
        "n_lambing_student_helpers",
        ["About 1,200, mostly"],
    ),
    (
        "What was the scanning result this year at Alison's farm?",
        "n_lambing_student_helpers",
        ["This year we"],
    ),
    (
        "What does a scanning figure like that actually mean?",
        "n_lambing_student_helpers",
        ["It means on"],
    ),
    (
        "Where do the students helping with lambing at Hexham come from?",
        "n_lambing_student_helpers",
        ["We have three"],
    ),
    (
        "What surprised the vet student Callum most about lambing?",
        "n_lambing_student_helpers",
        ["How quickly things"],
    ),
    (
        "How many sheep did Alison lose in the 2018 snow?",
        "n_lambing_student_helpers",
        ["In 2018, when"],
    ),
    (
        "How much did straw cost the indoor lambing farm last year?",
        "n_lambing_student_helpers",
        ["And the straw"],
    ),
    # n_river_cleanup_trolleys
    (
        "How many people turned up to the River Tame clean-up?",
        "n_river_cleanup_trolleys",
        ["We had 38"],
    ),
    (
        "What did the volunteers pull out of the Tame?",
        "n_river_cleanup_trolleys",
        ["Nineteen shopping trolleys"],
    ),
    (
        "How much rubbish by weight did the Tame clean-up remove?",
        "n_river_cleanup_trolleys",
        ["The council estimated"],
    ),
    (
        "What did the previous skip cost the Friends of the River Tame?",
        "n_river_cleanup_trolleys",
        ["Can I ask"],
    ),
    (
        "Where does the rubbish need to be left for the council to take it away?",
        "n_river_cleanup_trolleys",
        ["The council agreed"],
    ),
    (
        "What accident happened during the clean-up on Saturday?",
        "n_river_cleanup_trolleys",
        ["A new volunteer"],
    ),
    ("What new safety rule did Dave suggest?", "n_river_cleanup_trolleys", ["I'd like a"]),
    (
        "Who did the treasurer think should pay for the waders?",
        "n_river_cleanup_trolleys",
        ["Not against, but"],
    ),
    # n_river_water_testing
    (
        "What does Meera's group measure in the River Lenn?",
        "n_river_water_testing",
        ["Mostly phosphate, nitrate"],
    ),
    (
        "How many volunteers and sampling sites does the citizen science group have?",
        "n_river_water_testing",
        ["We have 24"],
    ),
    (
        "What did testing below the Brockford sewage works show?",
        "n_river_water_testing",
        ["Downstream of the"],
    ),
    (
        "How long did the storm overflow discharge last year?",
        "n_river_water_testing",
        ["The water company's"],
    ),
    (
        "When is the water company planning to upgrade the works?",
        "n_river_water_testing",
        ["They said an"],
    ),
    ("Where are phosphate levels high and why?", "n_river_water_testing", ["Phosphate is high"]),
    ("What does the river testing cost per year?", "n_river_water_testing", ["The kits are"]),
    (
        "What advice does Meera give people wanting to set up a testing group?",
        "n_river_water_testing",
        ["Start small, with", "Bad data is"],
    ),
    # n_trees_charity_schools
    (
        "How many trees did Roots for Tomorrow put in the ground last season?",
        "n_trees_charity_schools",
        ["Just over 52,000"],
    ),
    (
        "Why does the Leicester charity plant trees with schools?",
        "n_trees_charity_schools",
        ["Because a child"],
    ),
    (
        "Why did the charity give up planting ash?",
        "n_trees_charity_schools",
        ["We stopped planting"],
    ),
    (
        "What percentage of Hannah's saplings survive?",
        "n_trees_charity_schools",
        ["Our survival rate"],
    ),
    (
        "How much of the charity's budget goes on aftercare?",
        "n_trees_charity_schools",
        ["Aftercare is about"],
    ),
    (
        "What do they use instead of plastic tree guards and what do those cost?",
        "n_trees_charity_schools",
        ["We've moved to"],
    ),
    (
        "Where will the charity's next large woodland be?",
        "n_trees_charity_schools",
        ["A 40 hectare"],
    ),
    # n_trees_volunteer_call
    (
        "How much does a memorial tree cost at Greenway Trees?",
        "n_trees_volunteer_call",
        ["Our memorial trees"],
    ),
    (
        "Which memorial wood was suggested to Margaret?",
        "n_trees_volunteer_call",
        ["You can choose"],
    ),
    ("What months of the year do they plant trees?", "n_trees_volunteer_call", ["We only plant"]),
    ("When is the next family planting day?", "n_trees_volunteer_call", ["Our next family"]),
    ("Will the caller have to dig the hole herself?", "n_trees_volunteer_call", ["It can be"]),
    ("Why can't Margaret put a plaque on the tree?", "n_trees_volunteer_call", ["We don't allow"]),
    ("Where will her husband's name be recorded?", "n_trees_volunteer_call", ["Instead his name"]),
    (
        "Which tree species did Margaret choose and why?",
        "n_trees_volunteer_call",
        ["Then cherry, please", "He always said"],
    ),
    # n_fishing_cod_quota
    (
        "How much was the Peterhead skipper's cod quota reduced?",
        "n_fishing_cod_quota",
        ["Our North Sea"],
    ),
    (
        "Why do scientists say cod numbers are falling?",
        "n_fishing_cod_quota",
        ["The scientists say"],
    ),
    ("Does Andy Buchan trust the fish stock surveys?", "n_fishing_cod_quota", ["I don't doubt"]),
    (
        "How long is the Morning Star and how many crew does it carry?",
        "n_fishing_cod_quota",
        ["She's the Morning"],
    ),
    (
        "How many days does a typical trip out of Peterhead last?",
        "n_fishing_cod_quota",
        ["Usually five or"],
    ),
    ("Why did one of Andy's deckhands leave?", "n_fishing_cod_quota", ["One of my"]),
    ("How expensive is it to lease extra cod quota?", "n_fishing_cod_quota", ["But leasing cod"]),
    (
        "Who owns most of the fishing quota according to the skipper?",
        "n_fishing_cod_quota",
        ["The quota is"],
    ),
    ("What career advice would Andy give his son?", "n_fishing_cod_quota", ["I'd tell him"]),
    # n_fishing_inshore_pollack
    (
        "What does Jenna catch from her boat in Newlyn?",
        "n_fishing_inshore_pollack",
        ["Mostly pollack and"],
    ),
    (
        "How is quota handled for small inshore boats?",
        "n_fishing_inshore_pollack",
        ["We don't own", "We share a"],
    ),
    (
        "How much of her income did Jenna lose when pollack was shut?",
        "n_fishing_inshore_pollack",
        ["That was about"],
    ),
    (
        "How did the Cornish fisherwoman get by during the closure?",
        "n_fishing_inshore_pollack",
        ["I moved more"],
    ),
    (
        "What did the fishermen's association object to about the pollack decision?",
        "n_fishing_inshore_pollack",
        ["What we objected"],
    ),
    (
        "Why does Jenna think handline boats deserve more quota?",
        "n_fishing_inshore_pollack",
        ["Handline fishing is"],
    ),
    ("Who buys Jenna's fish?", "n_fishing_inshore_pollack", ["Four restaurants in"]),
    (
        "What should a young person do before buying their own fishing boat?",
        "n_fishing_inshore_pollack",
        ["Crew for someone"],
    ),
    # n_rewilding_beavers
    (
        "How many beavers were first released at Ardmore?",
        "n_rewilding_beavers",
        ["We started with"],
    ),
    (
        "How many dams have the beavers built on the estate?",
        "n_rewilding_beavers",
        ["They've built eleven"],
    ),
    (
        "What wildlife benefits have followed the beaver release?",
        "n_rewilding_beavers",
        ["We've counted frogspawn"],
    ),
    (
        "Have the beaver dams made downstream flooding worse?",
        "n_rewilding_beavers",
        ["Actually, the dams"],
    ),
    (
        "Who measured the water flow around the beaver site?",
        "n_rewilding_beavers",
        ["The university in"],
    ),
    (
        "What is the neighbouring farmer most worried about?",
        "n_rewilding_beavers",
        ["My worry isn't"],
    ),
    (
        "What compensation has the estate promised if beavers cause damage nearby?",
        "n_rewilding_beavers",
        ["We've agreed a"],
    ),
    ("Is Fiona Dunn now happy with the beavers?", "n_rewilding_beavers", ["That's in writing"]),
    # n_rewilding_pigs_ponies
    (
        "Why did Clare Ashworth give up arable farming?",
        "n_rewilding_pigs_ponies",
        ["We were losing"],
    ),
    (
        "Which grazing animals roam the Sussex estate?",
        "n_rewilding_pigs_ponies",
        ["We have Tamworth"],
    ),
    ("What job do the pigs do?", "n_rewilding_pigs_ponies", ["They root up"]),
    (
        "How many nightingales are on the estate now?",
        "n_rewilding_pigs_ponies",
        ["Nightingales, for one"],
    ),
    (
        "How much of the rewilded estate's income comes from visitors?",
        "n_rewilding_pigs_ponies",
        ["Tourism is now"],
    ),
    (
        "How does Clare answer farmers who say the land should grow food?",
        "n_rewilding_pigs_ponies",
        ["I'd say we"],
    ),
    (
        "What kind of land does Clare think suits rewilding?",
        "n_rewilding_pigs_ponies",
        ["The best farmland", "Rewilding makes sense"],
    ),
    (
        "What has been the hardest part of the project for Clare?",
        "n_rewilding_pigs_ponies",
        ["Honestly, the neighbours"],
    ),
    # n_allotment_shed_dispute
    (
        "What is Linda's complaint about the shed on plot 23?",
        "n_allotment_shed_dispute",
        ["My neighbour on"],
    ),
    (
        "What size limits do the allotment rules set for sheds?",
        "n_allotment_shed_dispute",
        ["Rule 9 says"],
    ),
    (
        "Did the plot holder ask the committee before building the shed?",
        "n_allotment_shed_dispute",
        ["We have no record"],
    ),
    ("Where did Gary's new shed come from?", "n_allotment_shed_dispute", ["The old shed"]),
    ("What does Gary keep in his shed?", "n_allotment_shed_dispute", ["I keep all"]),
    (
        "What did the chair propose to settle the shed dispute?",
        "n_allotment_shed_dispute",
        ["I'd propose that"],
    ),
    (
        "What happens if the shed isn't sorted out by the deadline?",
        "n_allotment_shed_dispute",
        ["And if it's"],
    ),
    ("Was Linda happy with the proposed solution?", "n_allotment_shed_dispute", ["I can live"]),
    # n_allotment_rent_rise
    (
        "How much will a full plot at Brook Lane cost per year from April?",
        "n_allotment_rent_rise",
        ["A full plot"],
    ),
    ("Why is the council raising the allotment rent?", "n_allotment_rent_rise", ["They say water"]),
    ("How long is the allotment waiting list?", "n_allotment_rent_rise", ["We do have"]),
    ("What upset Rosa during the meeting?", "n_allotment_rent_rise", ["That's a terrible"]),
    (
        "What reduced rate did the treasurer suggest asking for?",
        "n_allotment_rent_rise",
        ["We could ask"],
    ),
    (
        "How much water did the allotments use last summer?",
        "n_allotment_rent_rise",
        ["We used about"],
    ),
    ("How would the society pay for water butts?", "n_allotment_rent_rise", ["I'll apply to"]),
    (
        "What tone did Rosa want the letter to the council to have?",
        "n_allotment_rent_rise",
        ["Yes, as long"],
    ),
]
