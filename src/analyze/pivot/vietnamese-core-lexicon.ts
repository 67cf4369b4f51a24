/**
 * Vietnamese -> English core news vocabulary, one word a line: `vietnamese: english, english`.
 *
 * Why it exists: FreeDict has no Vietnamese-English dictionary (none in Debian, nothing usable on npm), so
 * Vietnamese articles had no bridge to the `en:` pivot beyond names and cognate n-grams. Vietnamese writes
 * one syllable per space-separated unit, so most entries span two to four syllables and are matched over
 * consecutive tokens (see phrase-table.ts).
 *
 * Original work, written for Storyweave from general knowledge of the language; no dictionary file or other
 * data set was copied. Countries and cities are left to the gazetteer; demonyms and language names are here.
 * Glosses are English words as the other languages' dictionaries give them (British and American spellings
 * both where they stem apart: mobilise/mobilize). English stop words give no concept, as in those dictionaries:
 * an entry glossed only with them (`tuy nhiên: however`) is a function word, read as one and left out. Tones are written as in modern newspapers; where the tone
 * mark is placed (hòa/hoà) and final y/i (lý/lí) do not matter.
 */
export const VIETNAMESE_CORE_LEXICON = `
# Government and politics
tổng thống: president
phó tổng thống: vice president
cựu tổng thống: former president
chủ tịch: chairman, president
chủ tịch nước: president
phó chủ tịch: vice chairman
thủ tướng: prime minister, premier
phó thủ tướng: deputy premier, vice premier
bộ trưởng: minister
thứ trưởng: deputy minister
chính phủ: government
nội các: cabinet
quốc hội: parliament, congress
nghị viện: parliament
hạ viện: lower house, house representatives
thượng viện: senate
phi chính phủ: nongovernmental, ngo
quỹ tiền tệ: monetary fund
y tế thế giới: world health
nghị sĩ: lawmaker, legislator
thượng nghị sĩ: senator
đại biểu: delegate, deputy
dân biểu: representative
chính trị: politics, political
chính trị gia: politician
chính khách: politician
chính sách: policy
đảng: party
đảng viên: party member
chính đảng: political party
đảng cầm quyền: ruling party
cầm quyền: rule, power
tổng bí thư: general secretary
bí thư: secretary
lãnh đạo: leader, leadership, lead
nhà lãnh đạo: leader
người đứng đầu: head, leader
nguyên thủ: head state
nguyên thủ quốc gia: head state
chế độ: regime
nhà nước: state
quốc gia: nation, country, national
đất nước: country
chủ quyền: sovereignty
lãnh thổ: territory
toàn vẹn lãnh thổ: territorial integrity
hiến pháp: constitution
luật: law
đạo luật: law, act
luật pháp: law
pháp luật: law
dự luật: bill
sắc lệnh: decree
nghị định: decree
nghị quyết: resolution
quyết định: decision, decide
ban hành: issue, enact
thông qua: adopt, approve, pass
phê chuẩn: ratify
phê duyệt: approve
ký: sign
ký kết: sign
chữ ký: signature
hiệp định: agreement
hiệp ước: treaty
thỏa thuận: agreement, deal
thỏa hiệp: compromise
cam kết: commitment, pledge, commit
tuyên bố: statement, declare, announce
bản tuyên bố: statement, declaration
thông báo: announce, announcement, notice
thông cáo: communique, statement
phát biểu: speech, remark, speak
bài phát biểu: speech
cho biết: say, tell
nói rằng: say, tell
bày tỏ: express
khẳng định: affirm, assert
nhấn mạnh: stress, emphasise, emphasize
kêu gọi: call, appeal, urge
lời kêu gọi: appeal, call
yêu cầu: demand, request, require
đòi hỏi: demand, require
đề nghị: propose, proposal, suggest
đề xuất: propose, proposal
sáng kiến: initiative
cảnh báo: warn, warning
bác bỏ: reject, dismiss
phủ nhận: deny
xác nhận: confirm
công nhận: recognise, recognize, recognition
thừa nhận: admit, acknowledge
chỉ trích: criticise, criticize, criticism
phê phán: criticise, criticize
lên án: condemn
phản đối: oppose, object, protest
ủng hộ: support
hoan nghênh: welcome, greet, hail
chào đón: welcome, greet
đón tiếp: receive, welcome, greet
tiếp nhận: receive, accept, admit
từ chối: refuse, reject, decline
đàm phán: negotiate, negotiation
thương lượng: negotiate, bargain
đối thoại: dialogue
hội đàm: talks
hội nghị: conference
hội nghị thượng đỉnh: summit
thượng đỉnh: summit
cuộc họp: meeting
họp: meet, meeting
gặp: meet
gặp gỡ: meet
cuộc gặp: meeting
chuyến thăm: visit
thăm: visit
chuyến công du: trip, tour
công du: trip, tour
điện đàm: phone call
cuộc điện đàm: phone call
ngoại giao: diplomacy, diplomatic
nhà ngoại giao: diplomat
đại sứ: ambassador
đại sứ quán: embassy
lãnh sự: consul
lãnh sự quán: consulate
bộ ngoại giao: foreign ministry
ngoại trưởng: foreign minister
phát ngôn viên: spokesman, spokesperson
người phát ngôn: spokesman, spokesperson
quan hệ: relation, relationship
mối quan hệ: relationship, relation
quan hệ song phương: bilateral relation
song phương: bilateral
đa phương: multilateral
hợp tác: cooperation, cooperate
đối tác: partner
đối tác chiến lược: strategic partner
đồng minh: ally
liên minh: alliance, coalition, union
tình hữu nghị: friendship
hữu nghị: friendship
hữu hảo: friendly
thân thiện: friendly
láng giềng: neighbour, neighbor
nước láng giềng: neighbouring country
trừng phạt: sanction, punish
lệnh trừng phạt: sanction
cấm vận: embargo
xung đột: conflict
khủng hoảng: crisis
căng thẳng: tension, tense
tranh chấp: dispute
bất đồng: disagreement
hòa bình: peace
hòa giải: reconciliation, mediation
hòa đàm: peace talks
ngừng bắn: ceasefire
lệnh ngừng bắn: ceasefire
đình chiến: truce, armistice
an ninh: security
an toàn: safety, safe
ổn định: stability, stable
bất ổn: unrest, instability
quốc tế: international
cộng đồng quốc tế: international community
toàn cầu: global
khu vực: region, regional, area
địa phương: local
chính quyền địa phương: local authority
liên hợp quốc: united nations
liên hiệp quốc: united nations
hội đồng bảo an: security council
tổng thư ký: secretary general
tổ chức: organisation, organization, organise
cơ quan: agency, body, authority
chính quyền: authority, administration
nhà chức trách: authority
giới chức: official
quan chức: official
viên chức: official, civil servant
cán bộ: official, cadre
ủy ban: committee, commission
hội đồng: council, board
bộ quốc phòng: defence ministry, defense ministry
bộ nội vụ: interior ministry
bộ tư pháp: justice ministry
bộ tài chính: finance ministry
bộ y tế: health ministry
bộ công an: police ministry, security ministry
bộ ngành: ministry
bầu cử: election, elect
cuộc bầu cử: election
tổng tuyển cử: general election
bầu: elect
bỏ phiếu: vote
cuộc bỏ phiếu: vote, ballot
lá phiếu: ballot
phiếu bầu: vote, ballot
cử tri: voter
ứng cử viên: candidate
ứng viên: candidate
tranh cử: campaign, run
chiến dịch tranh cử: election campaign
đắc cử: elect
tái đắc cử: reelect
nhiệm kỳ: term
nhậm chức: inauguration, take office
lễ nhậm chức: inauguration
từ chức: resign, resignation
bổ nhiệm: appoint, appointment
cách chức: dismiss
bãi nhiệm: remove, impeach
luận tội: impeach, impeachment
trưng cầu dân ý: referendum
dân chủ: democracy, democratic
độc tài: dictatorship, dictator
đối lập: opposition
phe đối lập: opposition
phe: faction, side
biểu tình: protest, demonstration
người biểu tình: protester
cuộc biểu tình: protest, demonstration
tuần hành: march, rally
mít tinh: rally
bạo loạn: riot
bạo động: riot, violence
đảo chính: coup
cuộc đảo chính: coup
cách mạng: revolution
nổi dậy: uprising, rebel
cuộc nổi dậy: uprising
phiến quân: rebel
quân nổi dậy: rebel, insurgent
ly khai: separatist, secede
phe ly khai: separatist
độc lập: independence, independent
sáp nhập: annex, annexation, merge
thôn tính: annex
chiếm đóng: occupy, occupation
vùng chiếm đóng: occupied territory
tuyên truyền: propaganda
kiểm duyệt: censorship, censor
tự do: freedom, free, liberty
tự do báo chí: press freedom
nhân quyền: human rights
quyền con người: human rights
quyền: right, entitlement
công dân: citizen
dân số: population
người dân: people, resident, citizen
dân thường: civilian
thường dân: civilian
nhân dân: people
công chúng: public
dư luận: public opinion
xã hội: society, social
cộng đồng: community
dân tộc: ethnic, nation
thiểu số: minority
đa số: majority
tôn giáo: religion, religious
chủ nghĩa: ism, doctrine
chủ nghĩa khủng bố: terrorism
chủ nghĩa dân tộc: nationalism
cộng sản: communist
đảng cộng sản: communist party
tư bản: capitalist, capital
xã hội chủ nghĩa: socialist
bảo thủ: conservative
cấp tiến: radical, progressive
cực hữu: extreme right, rightwing
cực tả: extreme left, leftwing
ngoại giao con thoi: shuttle diplomacy
đặc phái viên: envoy
sứ mệnh: mission
phái đoàn: delegation
đoàn: delegation, group
người đồng cấp: counterpart
lời mời: invitation
mời: invite
hội nhập: integration, integrate
chủ tịch quốc hội: speaker
quốc vương: king, monarch
nhà vua: king
vua: king
hoàng gia: royal
nữ hoàng: queen
hoàng tử: prince
công chúa: princess
thị trưởng: mayor
thống đốc: governor
tỉnh trưởng: governor
bộ máy: apparatus, machinery
hành chính: administrative, administration
nhà nước pháp quyền: rule law
tham vấn: consult, consultation
khuyến nghị: recommend, recommendation
khuyến cáo: advise, recommend, warn
chỉ đạo: direct, instruct
chủ trì: chair, host
đăng cai: host
tham dự: attend, participate
tham gia: join, participate, take part
thành viên: member
nước thành viên: member state
gia nhập: join, accession
rút khỏi: withdraw, leave
# War and the military
chiến tranh: war
cuộc chiến: war, fight
cuộc chiến tranh: war
chiến sự: fighting, hostilities
giao tranh: clash, fighting
đụng độ: clash
chiến đấu: fight, combat
tấn công: attack, assault
cuộc tấn công: attack
phản công: counteroffensive, counterattack
cuộc phản công: counteroffensive
tiến công: offensive, advance
tấn công mạng: cyberattack
tập kích: raid
đột kích: raid
không kích: airstrike, air strike
cuộc không kích: airstrike
oanh tạc: bomb, bombing
ném bom: bomb, bombing
đánh bom: bomb, bombing
vụ đánh bom: bombing
đánh bom liều chết: suicide bombing
bom: bomb
tên lửa: missile, rocket
đạn pháo: artillery shell, projectile
pháo: artillery, cannon
pháo binh: artillery
pháo kích: shelling, shell
nã pháo: shell, shelling
đạn: bullet, ammunition
đạn dược: ammunition, munitions
vũ khí: weapon, arms
vũ khí hạt nhân: nuclear weapon
vũ khí hóa học: chemical weapon
hạt nhân: nuclear
nguyên tử: atomic, nuclear
súng: gun
súng trường: rifle
xe tăng: tank
xe bọc thép: armoured vehicle, armored vehicle
thiết giáp: armour, armor
máy bay: aircraft, plane
máy bay chiến đấu: fighter jet
chiến đấu cơ: fighter jet
trực thăng: helicopter
tàu chiến: warship
chiến hạm: warship
tàu ngầm: submarine
tàu sân bay: aircraft carrier
hải quân: navy, naval
không quân: air force
lục quân: army
quân đội: army, military, troops
quân sự: military
quân: troops, army
binh sĩ: soldier, troops
binh lính: soldier, troops
lính: soldier
quân nhân: serviceman, soldier
sĩ quan: officer
tướng: general
đại tướng: general
thiếu tướng: major general
trung tướng: lieutenant general
đại tá: colonel
tư lệnh: commander
chỉ huy: command, commander
chỉ huy trưởng: commander
bộ chỉ huy: command
bộ tổng tham mưu: general staff
tổng tham mưu trưởng: chief staff
lực lượng: force
lực lượng vũ trang: armed forces
lực lượng đặc biệt: special forces
lực lượng an ninh: security forces
gìn giữ hòa bình: peacekeeping
quân dự bị: reservist, reserve
dự bị: reserve
quân nhân dự bị: reservist
động viên: mobilise, mobilize, encourage
tổng động viên: general mobilisation, general mobilization
lệnh tổng động viên: general mobilisation, general mobilization
động viên một phần: partial mobilisation, partial mobilization
huy động: mobilise, mobilize, mobilisation, mobilization
lệnh huy động: mobilisation, mobilization
đợt huy động: mobilisation, mobilization
nghĩa vụ quân sự: military service, conscription
quân dịch: conscription, draft
nhập ngũ: enlist, conscript
gọi nhập ngũ: draft, conscript
lệnh gọi nhập ngũ: draft, summons
tòng quân: enlist
tuyển quân: recruit, conscription
tuyển mộ: recruit
chạy trốn: flee, escape
bỏ chạy: flee, run away
tháo chạy: flee
trốn chạy: flee
trốn: flee, escape, hide
trốn thoát: escape
trốn tránh: evade, avoid, dodge
né tránh: avoid, evade
trốn lệnh: evade, dodge
sơ tán: evacuate, evacuation
di tản: evacuate, evacuation
rút quân: withdraw troops, withdrawal
rút lui: retreat, withdraw
rút: withdraw
đầu hàng: surrender
bao vây: siege, besiege, encircle
vòng vây: encirclement, siege
phong tỏa: blockade, lockdown
giải phóng: liberate, liberation
chiếm giữ: seize, capture
chiếm: seize, capture, occupy
kiểm soát: control
mặt trận: front, frontline
tiền tuyến: frontline
chiến tuyến: frontline
chiến trường: battlefield
trận chiến: battle
trận đánh: battle
chiến thắng: victory, win
thất bại: defeat, failure, fail
thương vong: casualty
tử vong: death, die
thiệt mạng: die, kill
tử nạn: die
hy sinh: sacrifice, die
thiệt hại: damage, loss
tổn thất: loss
bị thương: wound, injure
người bị thương: injured, wounded
chết: die, dead
cái chết: death
xác: body, corpse
thi thể: body, corpse
giết: kill
giết hại: kill, murder
sát hại: kill, murder
tàn sát: massacre
thảm sát: massacre
vụ thảm sát: massacre
diệt chủng: genocide
tội ác chiến tranh: war crime
tội ác: crime, atrocity
tù binh: prisoner war, pow
trao đổi tù binh: prisoner exchange
con tin: hostage
bắt cóc: kidnap, abduct
khủng bố: terrorism, terrorist, terror
kẻ khủng bố: terrorist
vụ khủng bố: terrorist attack
nhóm vũ trang: armed group
phiến binh: militant, insurgent
chiến binh: fighter, militant
dân quân: militia
lính đánh thuê: mercenary
nổ: explode, explosion
vụ nổ: explosion, blast
phát nổ: explode, detonate
bắn: shoot, fire
nổ súng: open fire, shoot
xả súng: shooting
vụ xả súng: shooting
bắn hạ: shoot down
bắn rơi: shoot down
phá hủy: destroy, destruction
tàn phá: devastate, destroy
đổ nát: ruins, rubble
tình báo: intelligence
cơ quan tình báo: intelligence agency
gián điệp: spy, espionage
quốc phòng: defence, defense
phòng thủ: defence, defense
phòng không: air defence, air defense
hệ thống phòng không: air defence, air defense
chiến lược: strategy, strategic
chiến thuật: tactic, tactical
tập trận: exercise, drill
diễn tập: exercise, drill
cuộc tập trận: military exercise
triển khai: deploy, deployment
điều động: deploy, dispatch
điều quân: deploy troops
tăng viện: reinforcement, reinforce
căn cứ: base
căn cứ quân sự: military base
doanh trại: barracks
biên giới: border, frontier
đường biên giới: border
khu vực biên giới: border area
cửa khẩu: border crossing, checkpoint
trạm kiểm soát: checkpoint
trạm biên phòng: border post
biên phòng: border guard
lính biên phòng: border guard
vượt biên: cross border
vượt qua: cross, overcome, pass
vượt: cross, exceed
băng qua: cross
qua biên giới: cross border
nhập cảnh: enter, entry
xuất cảnh: exit, leave, depart
quá cảnh: transit
hộ chiếu: passport
thị thực: visa
miễn thị thực: visa free
hải quan: customs
chiến dịch: campaign, operation
chiến dịch quân sự: military operation
hoạt động quân sự: military operation
an ninh quốc gia: national security
vùng cấm bay: no fly zone
vùng phi quân sự: demilitarised zone, demilitarized zone
thiết quân luật: martial law
giới nghiêm: curfew
lệnh giới nghiêm: curfew
tình trạng chiến tranh: state war
xâm lược: invasion, invade, aggression
cuộc xâm lược: invasion
xâm lăng: invasion, invade
xâm nhập: infiltrate, intrude
xâm phạm: violate, infringe
hung hăng: aggressive
khiêu khích: provoke, provocation
leo thang: escalate, escalation
xuống thang: deescalate
răn đe: deter, deterrence
vũ trang: armed, arm
giải giáp: disarm, disarmament
gìn giữ: keep, preserve
duy trì hòa bình: keep peace
chiến hào: trench
công sự: fortification
mìn: landmine, mine
bom mìn: landmine, explosive
thuốc nổ: explosive
kho vũ khí: arsenal, depot
viện trợ quân sự: military aid
# Migration, refugees and aid
di cư: migrate, migration
người di cư: migrant
dòng người di cư: migrant flow
di dân: migrant, emigrate
nhập cư: immigration, immigrate
người nhập cư: immigrant
di trú: migration, immigration
xuất cư: emigrate, emigration
tị nạn: refuge, asylum
tị nạn chính trị: political asylum
người tị nạn: refugee
dân tị nạn: refugee
xin tị nạn: asylum
người xin tị nạn: asylum seeker
quyền tị nạn: asylum
lánh nạn: refuge, shelter
nơi trú ẩn: shelter
trú ẩn: shelter, take refuge
nơi ở: residence, home
chỗ ở: accommodation, housing
trại tị nạn: refugee camp
trại: camp
định cư: settle, settlement
tái định cư: resettle, resettlement
dòng người: influx, stream
làn sóng: wave
ồ ạt: massive, mass
lưu vong: exile
sống lưu vong: exile
trục xuất: deport, expel, expulsion
dẫn độ: extradite, extradition
hồi hương: repatriate, repatriation
trở về: return
quay về: return
quay trở lại: return
quay lại: return, come back
trở lại: return
rời: leave
rời khỏi: leave
rời bỏ: abandon, leave
ra đi: leave, depart
ra khỏi: leave, exit
đặt chân: arrive, set foot
người nước ngoài: foreigner
nước ngoài: foreign, abroad
ngoại quốc: foreign
kiều bào: overseas national
giấy tờ: document, paper
giấy tờ tùy thân: identity document
giấy phép: permit, licence, license
giấy phép lao động: work permit
cư trú: residence, reside
thường trú: permanent residence
tạm trú: temporary residence
quốc tịch: citizenship, nationality
nhân đạo: humanitarian
khủng hoảng nhân đạo: humanitarian crisis
viện trợ: aid
viện trợ nhân đạo: humanitarian aid
hàng viện trợ: aid, relief supplies
cứu trợ: relief, aid
hỗ trợ: support, assist, help
sự hỗ trợ: support, assistance
giúp: help
giúp đỡ: help, assist
trợ giúp: help, assistance
chăm sóc: care
quan tâm: care, concern, attention
bảo vệ: protect, protection, defend
bảo đảm: ensure, guarantee
đảm bảo: ensure, guarantee
bảo hộ: protect, protection
hoàn cảnh: circumstance, situation
tình hình: situation
tình cảnh: plight, situation
tình huống: situation
tuyệt vọng: hopeless, despair, desperate
vô vọng: hopeless
bế tắc: deadlock, impasse
khó khăn: difficult, difficulty, hardship
gian khổ: hardship
khốn khổ: misery, miserable
hoảng loạn: panic
hoảng sợ: panic, fear
ùn tắc: congestion, jam
hàng dài: queue, long line
xếp hàng: queue
chờ đợi: wait
chờ: wait
trạm: station, post
nhà ga: station
ga: station
tình nguyện: volunteer
tình nguyện viên: volunteer
hội chữ thập đỏ: red cross
chữ thập đỏ: red cross
lưỡi liềm đỏ: red crescent
người không quốc tịch: stateless
bình đẳng: equal, equality
ưu đãi: preference, privilege, incentive
ưu tiên: priority, prioritise, prioritize
đặc quyền: privilege
đối xử: treat, treatment
phân biệt đối xử: discrimination
kỳ thị: discrimination, stigma
bài ngoại: xenophobia
hội nhập xã hội: integration
nơi nương náu: refuge
# Economy, business and work
kinh tế: economy, economic
nền kinh tế: economy
tài chính: finance, financial
khủng hoảng tài chính: financial crisis
ngân hàng: bank
ngân hàng trung ương: central bank
ngân hàng nhà nước: state bank
lãi suất: interest rate
lạm phát: inflation
giảm phát: deflation
suy thoái: recession, decline
suy thoái kinh tế: recession
tăng trưởng: growth, grow
tăng trưởng kinh tế: economic growth
phát triển: develop, development
đầu tư: invest, investment
nhà đầu tư: investor
vốn: capital
thương mại: trade, commerce
thương mại tự do: free trade
mậu dịch: trade
xuất khẩu: export
nhập khẩu: import
kim ngạch: turnover, value
thuế: tax
thuế quan: tariff
ngân sách: budget
nợ: debt
nợ công: public debt
thâm hụt: deficit
thặng dư: surplus
giá: price
giá cả: price
tăng giá: price rise
chứng khoán: securities, stock
thị trường chứng khoán: stock market
sàn chứng khoán: stock exchange
cổ phiếu: share, stock
cổ phần: stake, share
cổ đông: shareholder
thị trường: market
doanh nghiệp: business, enterprise, company
công ty: company, firm
tập đoàn: group, corporation, conglomerate
nhà máy: factory, plant
xí nghiệp: enterprise, factory
sản xuất: production, produce, manufacture
sản lượng: output, production
công nghiệp: industry, industrial
ngành công nghiệp: industry
nông nghiệp: agriculture, agricultural
nông dân: farmer
ngư dân: fisherman
nông sản: farm produce
lương thực: food, grain
thực phẩm: food
an ninh lương thực: food security
lúa gạo: rice
gạo: rice
ngũ cốc: grain, cereal
lúa mì: wheat
phân bón: fertiliser, fertilizer
dầu mỏ: oil, petroleum
dầu thô: crude oil
khí đốt: gas
khí tự nhiên: natural gas
năng lượng: energy
năng lượng tái tạo: renewable energy
điện năng: electricity, power
điện: electricity, power
nhà máy điện: power plant
nhiên liệu: fuel
xăng: petrol, gasoline
xăng dầu: fuel, petrol
than: coal
than đá: coal
đường ống: pipeline
đường ống dẫn khí: gas pipeline
việc làm: job, employment
thất nghiệp: unemployment, unemployed
tỷ lệ thất nghiệp: unemployment rate
lao động: labour, labor, worker
người lao động: worker, employee
công nhân: worker
nhân viên: employee, staff
tiền lương: wage, salary
lương: salary, wage
lương hưu: pension
đình công: strike
cuộc đình công: strike
tiền: money
tiền mặt: cash
tiền tệ: currency
đồng tiền: currency
đô la: dollar
đồng đô la: dollar
đồng rúp: rouble, ruble
rúp: rouble, ruble
đồng euro: euro
tỷ giá: exchange rate
tỷ: billion
triệu: million
nghìn: thousand
ngàn: thousand
trăm: hundred
phần trăm: percent
giàu: rich, wealthy
giàu có: rich, wealthy
nghèo: poor
nghèo đói: poverty
đói nghèo: poverty
đói: hunger, hungry
nạn đói: famine
phục hồi: recover, recovery
cải cách: reform
tư nhân: private
tư nhân hóa: privatise, privatize
quốc hữu hóa: nationalise, nationalize
nhà nước hóa: nationalise, nationalize
giá trị: value
lợi nhuận: profit
doanh thu: revenue, sales
thu nhập: income
chi tiêu: spending, expenditure, spend
chi phí: cost, expense
thua lỗ: loss
phá sản: bankruptcy, bankrupt
hợp đồng: contract
giao dịch: transaction, trade, deal
mua: buy, purchase
bán: sell
mua bán: trade
người tiêu dùng: consumer
tiêu dùng: consumption, consume
hàng hóa: goods, commodity
dịch vụ: service
du lịch: tourism, travel
khách du lịch: tourist
du khách: tourist, visitor
vận tải: transport
giao thông: traffic, transport
đường sắt: railway, railroad
tuyến đường sắt: railway line
tàu hỏa: train
tàu điện: tram, train
xe lửa: train
sân bay: airport
chuyến bay: flight
hàng không: aviation, airline
hãng hàng không: airline
cảng: port
bến cảng: harbour, harbor, port
tàu: ship, vessel, train
tàu thuyền: vessel, ship
thuyền: boat
phà: ferry
đường cao tốc: highway, motorway
đường bộ: road
cây cầu: bridge
xe buýt: bus
ô tô: car
xe hơi: car
xe: vehicle, car
xe tải: truck, lorry
hàng hải: maritime, shipping
chuỗi cung ứng: supply chain
cung ứng: supply
nguồn cung: supply
nhu cầu: demand, need
lợi ích: benefit, interest
cạnh tranh: competition, compete
độc quyền: monopoly
trợ cấp: subsidy, allowance
bảo hiểm: insurance
tín dụng: credit
khoản vay: loan
cho vay: lend, loan
vay: borrow, loan
quỹ: fund
ngân hàng thế giới: world bank
kinh doanh: business
doanh nhân: businessman, entrepreneur
thương nhân: merchant, trader
bất động sản: real estate, property
nhà đất: property, real estate
hạ tầng: infrastructure
cơ sở hạ tầng: infrastructure
khai thác: exploit, mine, extract
khoáng sản: mineral
mỏ: mine, quarry
vàng: gold
bạc: silver
thép: steel
xi măng: cement
# Disasters, accidents and weather
thảm họa: disaster, catastrophe
thảm kịch: tragedy
thiên tai: natural disaster
động đất: earthquake, quake
trận động đất: earthquake
dư chấn: aftershock
chấn động: tremor, shock
rung chấn: tremor
sóng thần: tsunami
núi lửa: volcano
phun trào: eruption, erupt
lũ: flood
lũ lụt: flood
lụt: flood
ngập lụt: flooding, flood
ngập: flood, submerge
ngập úng: flooding
lũ quét: flash flood
sạt lở: landslide
sạt lở đất: landslide
lở đất: landslide
bão: storm, typhoon
cơn bão: storm
siêu bão: super typhoon
bão tuyết: blizzard, snowstorm
áp thấp nhiệt đới: tropical depression
lốc xoáy: tornado, whirlwind
vòi rồng: tornado
hạn hán: drought
cháy: fire, burn
cháy rừng: wildfire, forest fire
hỏa hoạn: fire
vụ cháy: fire
đám cháy: fire, blaze
cháy nổ: fire explosion
lính cứu hỏa: firefighter
cứu hỏa: firefighting, firefighter
phòng cháy chữa cháy: fire prevention
nắng nóng: heatwave, heat
đợt nắng nóng: heatwave
giá rét: cold
rét: cold
tuyết: snow
mưa: rain
mưa lớn: heavy rain
mưa bão: rainstorm
thời tiết: weather
dự báo thời tiết: weather forecast
khí hậu: climate
biến đổi khí hậu: climate change
nóng lên toàn cầu: global warming
khí thải: emission
phát thải: emission
ô nhiễm: pollution, pollute
ô nhiễm không khí: air pollution
môi trường: environment, environmental
tai nạn: accident
vụ tai nạn: accident
tai nạn giao thông: traffic accident, road accident
va chạm: collision, collide
đâm: crash, stab, hit
đâm vào: crash, hit
lật: overturn, capsize
rơi: fall, crash
rơi máy bay: plane crash
vụ rơi máy bay: plane crash
chìm: sink
đắm: sink, wreck
chìm tàu: shipwreck
mất tích: missing, disappear
người mất tích: missing
nạn nhân: victim
người chết: dead
số người chết: death toll
số người thiệt mạng: death toll
cứu hộ: rescue
cứu nạn: rescue
giải cứu: rescue
tìm kiếm: search, seek
tìm kiếm cứu nạn: search rescue
lực lượng cứu hộ: rescuer
nhân viên cứu hộ: rescuer
khẩn cấp: emergency, urgent
tình trạng khẩn cấp: state emergency
cấp cứu: emergency, first aid
sụp đổ: collapse
đổ sập: collapse
sập: collapse
nhà cửa: home, house
nhà ở: housing, house
ngôi nhà: house, home
căn nhà: house
tòa nhà: building
công trình: building, structure, project
hư hại: damage
hư hỏng: damage
thiệt hại nặng nề: heavy damage
mất điện: power outage, blackout
cúp điện: power cut
mất nước: water shortage
vô gia cư: homeless
tâm chấn: epicentre, epicenter
chấn tâm: epicentre, epicenter
cường độ: magnitude, intensity
độ lớn: magnitude
độ sâu: depth
cảnh báo sóng thần: tsunami warning
rò rỉ: leak
tràn dầu: oil spill
phóng xạ: radiation, radioactive
hóa chất: chemical
khí độc: toxic gas
độc hại: toxic, harmful
# Crime and justice
tội phạm: crime, criminal
tội: crime, offence, guilt
phạm tội: commit crime, offend
tội danh: charge, offence
cảnh sát: police
công an: police
cảnh sát viên: police officer
sĩ quan cảnh sát: police officer
lực lượng chức năng: authorities
cơ quan chức năng: authorities
bắt: arrest, catch, capture
bắt giữ: arrest, detain
bắt giam: arrest, jail
vụ bắt giữ: arrest
tạm giữ: detain, custody
tạm giam: detain, custody
giam giữ: detain, detention
giam: detain, imprison
điều tra: investigate, investigation
cuộc điều tra: investigation
điều tra viên: investigator
khởi tố: prosecute, indict, charge
truy tố: prosecute, indict
truy nã: wanted, hunt
lệnh truy nã: arrest warrant
lệnh bắt: arrest warrant
cáo buộc: accuse, allegation, charge
lời cáo buộc: allegation, accusation
buộc tội: accuse, charge
tố cáo: denounce, accuse
tố giác: report, denounce
nghi phạm: suspect
nghi can: suspect
nghi ngờ: suspect, doubt, suspicion
bị cáo: defendant
bị can: accused, suspect
tòa án: court
tòa: court
tòa án tối cao: supreme court
tòa án hiến pháp: constitutional court
tòa án quốc tế: international court
thẩm phán: judge
quan tòa: judge
luật sư: lawyer, attorney
công tố viên: prosecutor
viện kiểm sát: prosecutor
xét xử: trial, try
phiên tòa: trial, hearing
phiên xử: trial, hearing
bản án: sentence, verdict
phán quyết: ruling, verdict
kết án: sentence, convict
tuyên án: sentence
án tù: prison sentence
án tử hình: death sentence
chung thân: life sentence
tù: prison, jail
nhà tù: prison
trại giam: prison, detention
tù nhân: prisoner
phạm nhân: prisoner, inmate
ngồi tù: imprison, jail
phạt: fine, penalty, punish
tiền phạt: fine
hình phạt: punishment, penalty
tử hình: death penalty, execute
xử tử: execute, execution
ân xá: amnesty, pardon
đặc xá: pardon, amnesty
trả tự do: release, free
phóng thích: release
thả: release
tại ngoại: bail
tham nhũng: corruption, corrupt
chống tham nhũng: anticorruption
hối lộ: bribe, bribery
nhận hối lộ: bribe
lừa đảo: fraud, scam, swindle
gian lận: fraud, cheat
rửa tiền: money laundering
trốn thuế: tax evasion
buôn lậu: smuggle, smuggling
hàng lậu: contraband
ma túy: drug, narcotic
buôn bán ma túy: drug trafficking
buôn người: human trafficking
mua bán người: human trafficking
trộm: theft, steal, thief
trộm cắp: theft, steal
kẻ trộm: thief
cướp: rob, robbery
vụ cướp: robbery
giết người: murder, homicide
kẻ giết người: murderer, killer
vụ giết người: murder
án mạng: murder, homicide
vụ án: case
vụ việc: incident, case
sự cố: incident
sự việc: incident, matter
bạo lực: violence, violent
bạo lực gia đình: domestic violence
hành hung: assault
tấn công tình dục: sexual assault
hiếp dâm: rape
quấy rối: harass, harassment
lạm dụng: abuse
vi phạm: violate, violation, breach
phạm pháp: illegal, unlawful
bất hợp pháp: illegal
hợp pháp: legal, lawful, legitimate
trái phép: illegal, unauthorised, unauthorized
pháp lý: legal
tư pháp: justice, judicial
công lý: justice
nhân chứng: witness
bằng chứng: evidence, proof
chứng cứ: evidence
kháng cáo: appeal
khiếu nại: complaint
khiếu kiện: lawsuit, complaint
kiện: sue, lawsuit
vụ kiện: lawsuit
khởi kiện: sue, file lawsuit
bồi thường: compensation, compensate
băng đảng: gang
tổ chức tội phạm: criminal organisation, criminal organization
tin tặc: hacker
vụ tấn công: attack
đe dọa: threaten, threat
mối đe dọa: threat
tống tiền: extortion, blackmail
bắt cóc tống tiền: kidnap ransom
súng đạn: firearm
vũ khí trái phép: illegal weapon
# Health
y tế: health, medical
ngành y tế: health sector
sức khỏe: health
bệnh: disease, illness
căn bệnh: disease, illness
dịch bệnh: epidemic, disease
đại dịch: pandemic
ổ dịch: outbreak
bùng phát: outbreak, erupt
bệnh viện: hospital
phòng khám: clinic
bác sĩ: doctor
y tá: nurse
nhân viên y tế: health worker
bệnh nhân: patient
người bệnh: patient
nhập viện: hospitalise, hospitalize, admit
xuất viện: discharge
điều trị: treat, treatment
chữa trị: treat, treatment
chữa: cure, treat
thuốc: medicine, drug
dược phẩm: pharmaceutical, drug
vắc xin: vaccine
tiêm chủng: vaccination, vaccinate
tiêm phòng: vaccination, vaccinate
tiêm: inject, injection
liều: dose
mũi tiêm: shot, dose
vi rút: virus
vi khuẩn: bacteria
lây nhiễm: infection, infect
lây lan: spread
lây: spread, transmit
nhiễm: infect, infection
ca nhiễm: case, infection
ca bệnh: case
ca tử vong: death
sốt rét: malaria
sốt xuất huyết: dengue
ung thư: cancer
tim mạch: cardiovascular, heart
đột quỵ: stroke
tiểu đường: diabetes
bệnh lao: tuberculosis
cúm: flu, influenza
cúm gia cầm: bird flu
bệnh dại: rabies
xét nghiệm: test
dương tính: positive
âm tính: negative
cách ly: quarantine, isolate, isolation
khẩu trang: mask
triệu chứng: symptom
sức khỏe tâm thần: mental health
ngộ độc: poisoning, poison
ngộ độc thực phẩm: food poisoning
suy dinh dưỡng: malnutrition
dinh dưỡng: nutrition
phẫu thuật: surgery, operation
xe cứu thương: ambulance
máu: blood
hiến máu: blood donation
y học: medicine
nghiên cứu y học: medical research
thuốc lá: tobacco, cigarette
rượu: alcohol, wine
sinh con: give birth
mang thai: pregnant, pregnancy
tuổi thọ: life expectancy
người tàn tật: disabled
khuyết tật: disability, disabled
# Time
hôm nay: today
hôm qua: yesterday
ngày mai: tomorrow
hôm kia: day before yesterday
tuần: week
tuần trước: last week
tuần tới: next week
tuần này: this week
tháng trước: last month
tháng tới: next month
năm ngoái: last year
năm nay: this year
năm tới: next year
năm sau: next year
tháng: month
ngày: day
đêm: night
ban đêm: night
đêm qua: last night
buổi sáng: morning
sáng nay: this morning
buổi chiều: afternoon
chiều nay: this afternoon
buổi tối: evening
tối nay: tonight
tối qua: last night
rạng sáng: dawn, early morning
nửa đêm: midnight
giờ: hour
phút: minute
giây: second
thứ Hai: monday
thứ Ba: tuesday
thứ Tư: wednesday
thứ Năm: thursday
thứ Sáu: friday
thứ Bảy: saturday
Chủ nhật: sunday
cuối tuần: weekend
tháng giêng: january
tháng một: january
tháng hai: february
tháng ba: march
tháng tư: april
tháng sáu: june
tháng bảy: july
tháng tám: august
tháng chín: september
tháng mười: october
tháng mười một: november
tháng mười hai: december
mùa xuân: spring
mùa hè: summer
mùa thu: autumn, fall
mùa đông: winter
mùa: season
hiện nay: now, currently
hiện tại: current, present, currently
bây giờ: now
gần đây: recently, recent
mới đây: recently
trước đó: earlier, previously
trước đây: previously, formerly
sau đó: later, then
sắp tới: upcoming, coming
tương lai: future
quá khứ: past
lịch sử: history, historic
thế kỷ: century
thập kỷ: decade
thập niên: decade
thời gian: time
thời điểm: moment, time
thời kỳ: period, era
giai đoạn: phase, stage, period
hàng ngày: daily
hằng ngày: daily
hàng năm: annual, yearly
hằng năm: annual, yearly
hàng tuần: weekly
hàng tháng: monthly
đầu tiên: first
lần đầu: first time
lần đầu tiên: first time
cuối cùng: final, last, finally
ngay lập tức: immediately
lập tức: immediately
sớm: early, soon
muộn: late
trễ: late, delay
kéo dài: last, prolong, extend
thời hạn: deadline, term
hạn chót: deadline
kỷ niệm: anniversary, commemorate
ngày lễ: holiday
tết: tet, lunar
năm mới: new year
# Numbers, amounts and degree
hai: two
ba: three
bốn: four
sáu: six
bảy: seven
tám: eight
chín: nine
mười: ten
chục: dozen, ten
hàng chục: dozens
hàng trăm: hundreds
hàng nghìn: thousands
hàng ngàn: thousands
hàng triệu: millions
hàng loạt: mass, series
gấp đôi: double
một nửa: half
nửa: half
phần lớn: most, majority
hầu hết: most
đông đảo: numerous, large
số lượng: number, quantity
con số: figure, number
tổng số: total
tổng cộng: total
ước tính: estimate
khoảng: about, approximately
xấp xỉ: approximately
gần: near, nearly, close
ít nhất: minimum
tối đa: maximum
tối thiểu: minimum
trung bình: average
tỷ lệ: rate, ratio, proportion
mức: level, rate
mức độ: degree, level, extent
kỷ lục: record
thống kê: statistics
số liệu: figure, data
dữ liệu: data
# Common verbs of the news
công bố: announce, publish, release
đưa tin: report
báo cáo: report
bản báo cáo: report
tiết lộ: reveal, disclose
giải thích: explain, explanation
trả lời: answer, reply, respond
phản hồi: respond, response, feedback
phản ứng: react, reaction, response
tin rằng: believe
cho rằng: believe, argue, consider
nghĩ: think
suy nghĩ: think, thought
hy vọng: hope
mong muốn: wish, desire
mong đợi: expect
kỳ vọng: expect, expectation
lo ngại: concern, worry
mối lo ngại: concern
lo lắng: worry, anxious
sợ: fear, afraid
sợ hãi: fear, afraid
nỗi sợ: fear
quan ngại: concern
tăng: increase, rise
gia tăng: increase, rise
tăng lên: increase, rise
tăng cường: strengthen, boost, reinforce
giảm: decrease, reduce, fall
giảm xuống: fall, decline
cắt giảm: cut, reduce
suy giảm: decline, decrease
sụt giảm: drop, decline
tăng vọt: surge, soar
tăng mạnh: surge, rise sharply
giảm mạnh: plunge, drop sharply
đạt: reach, achieve
đạt được: achieve, reach
vượt quá: exceed
lên tới: reach, amount
lên đến: reach, amount
bắt đầu: begin, start
khởi động: launch, start
phát động: launch
kết thúc: end, finish, conclude
chấm dứt: end, terminate
tiếp tục: continue
dừng: stop, halt
dừng lại: stop, halt
ngừng: stop, cease, halt
tạm dừng: pause, suspend
đình chỉ: suspend, suspension
hủy: cancel
hủy bỏ: cancel, abolish, revoke
bãi bỏ: abolish, repeal, lift
dỡ bỏ: lift, remove
hoãn: postpone, delay
trì hoãn: delay, postpone
mở: open
mở cửa: open, reopen
mở rộng: expand, extend, widen
thu hẹp: narrow, shrink
đóng: close
đóng cửa: close, shut
xây dựng: build, construct, construction
xây: build
thành lập: establish, found
thiết lập: establish, set
tạo ra: create
tạo: create
thay đổi: change
biến động: fluctuation, upheaval
cải thiện: improve, improvement
nâng cao: raise, improve, enhance
chuẩn bị: prepare, preparation
sẵn sàng: ready, willing
kế hoạch: plan
lên kế hoạch: plan
dự kiến: expect, plan, scheduled
dự định: intend, plan
dự báo: forecast
dự đoán: predict, forecast
nhận định: assess, comment
đánh giá: assess, evaluate, assessment
xem xét: consider, review, examine
cân nhắc: consider, weigh
quan sát: observe, watch
theo dõi: monitor, follow, track
giám sát: monitor, supervise, oversight
kiểm tra: check, inspect, inspection
thanh tra: inspect, inspector
phát hiện: discover, detect, find
tìm thấy: find
tìm ra: find
tìm: find, look, search
chứng minh: prove, demonstrate
di chuyển: move, travel
đi lại: travel
chuyển: transfer, move
chuyển đến: move
gửi: send
gửi đi: send, dispatch
cung cấp: provide, supply
trao: give, hand, award
trao tặng: award, present
tặng: give, donate
quyên góp: donate, donation
đóng góp: contribute, contribution
cứu: save, rescue
cứu sống: save
sống: live, alive
sống sót: survive
người sống sót: survivor
mất: lose, lost
mất mát: loss
tìm cách: seek, try
cố gắng: try, attempt, effort
nỗ lực: effort, endeavour
chấp nhận: accept
đồng ý: agree
nhất trí: agree, unanimous
thắng: win
thua: lose
giành: win, gain, seize
giành được: win, gain
giữ: keep, hold, maintain
giữ vững: maintain, keep
duy trì: maintain
bảo tồn: preserve, conserve
làm việc: work
hoạt động: activity, operation, operate
thực hiện: implement, carry, perform
tiến hành: conduct, carry
áp dụng: apply, adopt
ban bố: declare, proclaim
ra lệnh: order
mệnh lệnh: order, command
lệnh: order
chỉ thị: directive, instruction
cho phép: allow, permit
cấm: ban, prohibit
lệnh cấm: ban
hạn chế: restrict, restriction, limit
giới hạn: limit
ngăn chặn: prevent, stop, block
ngăn ngừa: prevent
phòng ngừa: prevent, prevention
chặn: block, intercept
đánh chặn: intercept
chống: fight, combat, oppose
chống lại: resist, oppose, against
kháng cự: resist, resistance
đối phó: cope, deal, respond
ứng phó: respond, response
giải quyết: resolve, solve, settle
xử lý: handle, deal, process
đối mặt: face, confront
gặp phải: encounter, face
chịu: suffer, bear
chịu đựng: endure, bear
gánh chịu: suffer, bear
gây: cause
gây ra: cause
dẫn đến: lead, result
ảnh hưởng: affect, influence, impact
tác động: impact, effect
hậu quả: consequence, aftermath
nguyên nhân: cause, reason
lý do: reason
mục tiêu: target, goal, objective
mục đích: purpose, aim
kết quả: result, outcome
sự kiện: event
chương trình: programme, program
dự án: project
tài liệu: document
văn bản: document, text
thư: letter
lá thư: letter
bức thư: letter
thông điệp: message
tin nhắn: message
hình ảnh: image, picture
bức ảnh: photo, picture
ảnh: photo, picture
đoạn video: video
ghi nhận: record, note
ghi lại: record
ký tên: sign
cập nhật: update
chia sẻ: share
thảo luận: discuss, discussion
bàn bạc: discuss
tranh luận: debate, argue
bình luận: comment
nhận xét: comment, remark
trích dẫn: quote, cite
dẫn lời: quote
khởi hành: depart, departure
đến nơi: arrive
lên đường: set off, depart
cập cảng: dock, arrive
hạ cánh: land, landing
cất cánh: take off
sử dụng: use
dùng: use
cần: need
cần thiết: necessary, need
có thể: may, can, possible
muốn: want
quyết tâm: determined, resolve
cam đoan: assure, guarantee
hứa: promise
lời hứa: promise
cảm ơn: thank, gratitude
xin lỗi: apologise, apologize
tha thứ: forgive
chúc mừng: congratulate
chia buồn: condolence
tưởng niệm: commemorate, memorial
chôn cất: bury, burial
tang lễ: funeral
để tang: mourn, mourning
quốc tang: national mourning
than khóc: mourn, weep
bỏ: leave, abandon, drop
từ bỏ: give up, renounce, abandon
trốn khỏi: flee, escape
chạy khỏi: flee
thoát: escape
thoát khỏi: escape
di chuyển qua: cross, move
tràn qua: flood, pour
đổ về: flock, pour
đổ xô: rush, flock
chen chúc: crowd, throng
vận chuyển: transport, carry
chở: carry, transport
mang: carry, bring
đưa: bring, take, send
thu hút: attract
kêu: call, cry
gọi: call
gọi điện: phone, telephone
liên lạc: contact
liên hệ: contact
kết nối: connect, connection
hướng dẫn: guide, instruct, guidance
đào tạo: train, training
huấn luyện: train, training
học: study, learn
dạy: teach
viết: write
đọc: read
nghe: hear, listen
nhìn: look, see
chứng kiến: witness
trải qua: experience, undergo
ghi nhận được: record
sinh ra: born
qua đời: die, pass away
từ trần: die, pass away
# People and society
người: people, person
con người: human, people
mọi người: everyone, people
đàn ông: man
nam giới: man, male
phụ nữ: woman
nữ giới: woman, female
trẻ em: child, children
trẻ: young, child
em bé: baby
trẻ sơ sinh: newborn, infant
thanh niên: youth, young people
thiếu niên: teenager, adolescent
người già: elderly
người cao tuổi: elderly
người lớn: adult
gia đình: family
cha mẹ: parents
bố mẹ: parents
cha: father
mẹ: mother
con trai: son, boy
con gái: daughter, girl
vợ: wife
chồng: husband
anh trai: brother
chị gái: sister
anh em: brother
họ hàng: relative
người thân: relative, family
bạn bè: friend
hàng xóm: neighbour, neighbor
đồng bào: compatriot
đồng hương: compatriot
người dân địa phương: local
cư dân: resident, inhabitant
dân cư: population, resident
chuyên gia: expert, specialist
nhà phân tích: analyst
nhà nghiên cứu: researcher
nhà khoa học: scientist
giáo sư: professor
học giả: scholar
nhân vật: figure, character
nhân sự: personnel, staff
giám đốc: director, manager
tổng giám đốc: general director, chief executive
người sáng lập: founder
chủ sở hữu: owner
chủ: owner, boss
ông chủ: boss, owner
thư ký: secretary
trợ lý: assistant, aide
cố vấn: adviser, advisor
người ủng hộ: supporter
người phản đối: opponent
đối thủ: rival, opponent
kẻ thù: enemy
kẻ địch: enemy
quân địch: enemy
đồng nghiệp: colleague
học sinh: student, pupil
sinh viên: student
trường học: school
nhà trường: school
trường: school
đại học: university
trường đại học: university
giáo dục: education
giáo viên: teacher
thầy giáo: teacher
nhà thờ: church
nhà thờ hồi giáo: mosque
thánh đường: mosque, cathedral
đền: temple
chùa: pagoda, temple
hồi giáo: islam, islamic, muslim
người hồi giáo: muslim
thiên chúa giáo: christianity, christian
công giáo: catholic
chính thống giáo: orthodox
phật giáo: buddhism, buddhist
do thái giáo: judaism
người do thái: jew, jewish
giáo hoàng: pope
tín đồ: believer, follower
linh mục: priest
văn hóa: culture, cultural
nghệ thuật: art
nghệ sĩ: artist
âm nhạc: music
ca sĩ: singer
phim: film, movie
điện ảnh: cinema, film
sách: book
nhà văn: writer
thể thao: sport
bóng đá: football, soccer
cầu thủ: player
vận động viên: athlete
đội tuyển: team
đội: team, squad
giải đấu: tournament, championship
thế vận hội: olympics
huy chương: medal
huy chương vàng: gold medal
trận đấu: match, game
ngôn ngữ: language
tiếng: language, sound
tiếng mẹ đẻ: mother tongue
song ngữ: bilingual
# Places and geography
thành phố: city
thủ đô: capital
tỉnh: province
huyện: district
quận: district
xã: commune
làng: village
thị trấn: town
thị xã: town
nông thôn: rural, countryside
đô thị: urban, city
vùng: region, area, zone
miền: region
miền bắc: north
miền nam: south
miền trung: central
miền đông: east
miền tây: west
phía bắc: north, northern
phía nam: south, southern
phía đông: east, eastern
phía tây: west, western
đông nam: southeast
tây bắc: northwest
đông bắc: northeast
tây nam: southwest
trung tâm: center, centre
ngoại ô: suburb
biên: edge, border
vùng biển: waters, sea
lãnh hải: territorial waters
biển: sea
đại dương: ocean
sông: river
hồ: lake
núi: mountain
đồi: hill
rừng: forest
đảo: island
quần đảo: archipelago
bán đảo: peninsula
bờ biển: coast
bờ: shore, bank
sa mạc: desert
đồng bằng: plain, delta
thung lũng: valley
đất: land, soil
đất đai: land
địa điểm: location, place, site
hiện trường: scene, site
khu: zone, area
khu dân cư: residential area
quê hương: homeland, hometown
quê: hometown, homeland
tổ quốc: fatherland, homeland
thế giới: world
châu á: asia
châu âu: europe
châu phi: africa
châu mỹ: america
bắc mỹ: north america
nam mỹ: south america
châu đại dương: oceania
trung đông: middle east
trung á: central asia
đông nam á: southeast asia
liên minh châu âu: european union
phương tây: west, western
phương đông: east, eastern
bắc cực: arctic
nam cực: antarctic
khu vực bắc cực: arctic
bản đồ: map
đường phố: street
phố: street
quảng trường: square
cung điện: palace
dinh tổng thống: presidential palace
trụ sở: headquarters
văn phòng: office
tòa thị chính: town hall
nghĩa trang: cemetery
# Media and communication
truyền thông: media, communication
phương tiện truyền thông: media
báo chí: press, journalism
nhà báo: journalist
phóng viên: reporter, correspondent
ký giả: journalist
hãng thông tấn: news agency
thông tấn xã: news agency
hãng tin: news agency
tin tức: news
tin: news
bản tin: bulletin, news
bài báo: article
bài viết: article
tờ báo: newspaper
báo: newspaper, report
tạp chí: magazine, journal
đài: station, radio
đài truyền hình: television station
truyền hình: television
kênh: channel
đài phát thanh: radio station
phát thanh: radio, broadcast
phát sóng: broadcast, air
phỏng vấn: interview
cuộc phỏng vấn: interview
họp báo: press conference
cuộc họp báo: press conference
mạng xã hội: social media, social network
trực tuyến: online
trang web: website
dữ liệu cá nhân: personal data
tin giả: fake news, disinformation
thông tin sai lệch: disinformation, misinformation
thông tin: information
nguồn tin: source
# Science, technology and the environment
công nghệ: technology
khoa học: science, scientific
kỹ thuật: technical, engineering, technique
kỹ sư: engineer
nghiên cứu: research, study
cuộc nghiên cứu: study
phát minh: invention, invent
sáng chế: invention, patent
thí nghiệm: experiment
phòng thí nghiệm: laboratory
trí tuệ nhân tạo: artificial intelligence
máy tính: computer
điện thoại: phone, telephone
điện thoại di động: mobile phone
mạng: network
mạng internet: internet
an ninh mạng: cybersecurity
phần mềm: software
ứng dụng: application, app
vệ tinh: satellite
không gian: space
vũ trụ: space, universe
tàu vũ trụ: spacecraft
phóng: launch
phi hành gia: astronaut
nhà máy lọc dầu: refinery
thủy điện: hydropower
điện mặt trời: solar power
năng lượng mặt trời: solar energy
điện gió: wind power
pin: battery
xe điện: electric vehicle
khí nhà kính: greenhouse gas
rác thải: waste
nhựa: plastic
nước sạch: clean water
nguồn nước: water supply
động vật: animal
thực vật: plant
loài: species
tuyệt chủng: extinct, extinction
bảo tồn thiên nhiên: conservation
thiên nhiên: nature
# Qualities and manner
quan trọng: important
nghiêm trọng: serious, severe, grave
đáng kể: significant, considerable
nặng nề: heavy, severe
chính thức: official, officially, formal
trực tiếp: direct, directly, live
gián tiếp: indirect
công khai: public, publicly, openly
bí mật: secret, secretly
đặc biệt: special, particularly
toàn bộ: entire, whole
hoàn toàn: complete, completely, entirely
một phần: partial, partly
bộ phận: part, department
mới: new
cũ: old, former
cựu: former
nhỏ: small
to lớn: huge, great
khổng lồ: giant, huge
rộng: wide, broad
hẹp: narrow
dài: long
ngắn: short
cao: high, tall
thấp: low
nhanh: fast, quick, rapid
nhanh chóng: quickly, rapidly
chậm: slow
mạnh: strong, powerful
mạnh mẽ: strong, strongly
yếu: weak
tốt: good
xấu: bad
tích cực: positive, active
tiêu cực: negative
khó: difficult, hard
dễ: easy
đắt: expensive
rẻ: cheap
nguy hiểm: danger, dangerous
nguy cơ: risk
rủi ro: risk
thách thức: challenge
cơ hội: opportunity, chance
vấn đề: issue, problem, question
câu hỏi: question
ý kiến: opinion, view
quan điểm: view, position, stance
lập trường: stance, position
nguyên tắc: principle
quy định: regulation, rule
quy tắc: rule
tiêu chuẩn: standard, criterion
điều kiện: condition
trách nhiệm: responsibility, responsible
nghĩa vụ: obligation, duty
quyền lợi: interest, right
lợi thế: advantage
công bằng: fair, fairness, justice
bất công: injustice, unfair
sự thật: truth, fact
thật: true, real
sai: wrong, false
đúng: right, correct
chính xác: accurate, exact, precise
rõ ràng: clear, clearly
phức tạp: complex, complicated
đơn giản: simple
bình thường: normal, ordinary
bất thường: unusual, abnormal
khẩn trương: urgent, urgently
kịp thời: timely, promptly
liên tục: continuous, constantly
thường xuyên: regular, frequently
hiếm: rare
phổ biến: common, popular, widespread
nổi tiếng: famous, wellknown
lớn nhất: largest, biggest
cao nhất: highest, peak
thấp nhất: lowest
tồi tệ nhất: worst
tồi tệ: bad, terrible
tàn khốc: brutal, devastating
khủng khiếp: terrible, horrible
bi thảm: tragic
đau thương: grief, sorrow
sâu sắc: deep, profound
chặt chẽ: close, tight, strict
nghiêm ngặt: strict, tight
hữu ích: useful
khả năng: ability, possibility, capacity
năng lực: capacity, capability
sức mạnh: strength, power
quyền lực: power, authority
uy tín: prestige, reputation
danh tiếng: reputation, fame
hình thức: form
cách: way
phương pháp: method
biện pháp: measure
giải pháp: solution
phương án: option, plan
dài hạn: longterm
ngắn hạn: shortterm
lâu dài: lasting, longterm
vĩnh viễn: permanent, permanently
tạm thời: temporary, temporarily
chung: common, general, joint
riêng: own, private, separate
chủ yếu: mainly, mostly, main
chính: main, chief
cơ bản: basic, fundamental
thực tế: reality, actual, fact
thực sự: really, truly
# Society and rights
đoàn kết: solidarity, unity
thống nhất: unify, unite, unity, agree
chia rẽ: divide, division, split
hòa hợp: harmony, reconcile
tình bạn: friendship
tình yêu: love
niềm tin: trust, faith, belief
tin tưởng: trust, believe
lòng tin: trust, confidence
minh bạch: transparent, transparency
trách nhiệm giải trình: accountability
quyền phụ nữ: women rights
bình đẳng giới: gender equality
giới tính: gender, sex
tự do ngôn luận: free speech
ngôn luận: speech, expression
tự do tôn giáo: religious freedom
phúc lợi: welfare
an sinh xã hội: social security
nhà ở xã hội: social housing
bảo hiểm xã hội: social insurance
nghỉ hưu: retire, retirement
hưu trí: pension, retirement
dân sinh: livelihood
đời sống: life, living
cuộc sống: life
mức sống: living standard
sinh kế: livelihood
# General vocabulary
lũ lượt: flock, in droves
chưa đầy: less
buộc phải: forced, compel
buộc: force, compel
ép buộc: force, coerce
cưỡng ép: coerce, force
bắt buộc: compulsory, mandatory, obligatory
rời đi: leave, depart
chạy sang: flee
sang: to
thái độ: attitude
trung lập: neutral, neutrality
thận trọng: cautious, prudent, careful
khoan dung: tolerance, tolerant
then chốt: key, crucial
lân cận: neighbouring, neighboring, nearby
vùng lân cận: vicinity, neighbourhood
diễn ra: take place, happen, occur
xảy ra: happen, occur
tuân thủ: comply, observe, abide
kiên định: steadfast, firm
nêu rõ: state, stress
tầm quan trọng: importance, significance
liên quan: related, concern, relate
liên quan đến: regarding, concern
mặt khác: hand
đồng thời: simultaneously
nói chuyện: talk, speak
trò chuyện: talk, chat
đường dây nóng: hotline
cục: department, bureau, directorate
tổng cục: general department
sở: department, office
phòng: room, office, department
ban: board, committee
viện: institute
trung tâm nghiên cứu: research centre, research center
toàn quốc: nationwide, national
cả nước: nationwide
trên toàn thế giới: worldwide
dự thảo: draft
lộ trình: roadmap, route
tiến trình: process
quá trình: process
quy trình: procedure, process
thủ tục: procedure, formality
di động: mobile
thường trực: standing, permanent
nhân tố: factor
yếu tố: factor, element
khía cạnh: aspect
lĩnh vực: field, sector, area
ngành: sector, industry
hệ thống: system
cơ chế: mechanism
khuôn khổ: framework
nền tảng: foundation, platform
cơ sở: basis, facility
tài sản: asset, property
tài nguyên: resource
nguồn lực: resource
nhân lực: manpower, workforce
vật tư: supplies, materials
thiết bị: equipment, device
phương tiện: vehicle, means
hàng: goods, merchandise
kho: warehouse, depot, store
nhà kho: warehouse
trụ sở chính: headquarters
chi nhánh: branch
đại diện: represent, representative
người đại diện: representative
thay mặt: behalf
chủ động: proactive, initiative
bị động: passive
tự nguyện: voluntary, voluntarily
miễn phí: free
miễn: exempt
phí: fee, charge
lệ phí: fee
hồ sơ: file, record, dossier
đăng ký: register, registration
thủ tục hành chính: administrative procedure
cấp phép: license, licence, permit
cấp: grant, issue, level
cấp độ: level
cấp cao: senior, high level
quan chức cấp cao: senior official
hàng đầu: leading, top
chủ chốt: key, main
trọng tâm: focus
tập trung: focus, concentrate
chú ý: attention, notice
nhấn mạnh rằng: stress, emphasise
lưu ý: note
nhắc lại: reiterate, repeat
tái khẳng định: reaffirm
ghi nhận rằng: note
thêm: add, more
bổ sung: add, supplement, additional
ngoài ra: besides, moreover
tuy nhiên: however
mặc dù: although, despite
bất chấp: despite, defy
do đó: therefore
vì vậy: therefore
nhằm: aim
với mục đích: purpose
theo đó: accordingly
cụ thể: specific, concrete
chi tiết: detail, detailed
tổng thể: overall, comprehensive
toàn diện: comprehensive, full
song song: parallel
tương tự: similar
khác biệt: difference, different
khác nhau: different, various
giống: similar, like
so với: compared
so sánh: compare, comparison
tương đương: equivalent
hơn nữa: furthermore
đáng chú ý: notable, noteworthy
bất ngờ: surprise, unexpected, sudden
đột ngột: sudden, suddenly
đột nhiên: suddenly
ngày càng: increasingly
dần dần: gradually
ổn: fine, stable
căng: tense
lo sợ: fear
hoang mang: confusion, bewildered
phẫn nộ: anger, outrage
tức giận: angry, anger
vui mừng: glad, happy, pleased
hài lòng: satisfied, pleased
thất vọng: disappointed, disappointment
ngạc nhiên: surprised
sốc: shock
đau buồn: sad, grief
biết ơn: grateful
tự hào: proud, pride
xấu hổ: shame, ashamed
danh dự: honour, honor
uy quyền: authority
quyền hạn: authority, power
thẩm quyền: authority, jurisdiction
kiểm soát biên giới: border control
an ninh biên giới: border security
Nhà Trắng: white house
# Everyday words of news reports
nước: country, nation, water
hôm: day
trong vòng: within
chúng tôi: we
chúng ta: we
độ: degree
phong trào: movement
hành vi: behaviour, behavior, act
lều: tent
chăn: blanket
bay: fly, flight
nằm: lie, located
cảm nhận: feel, sense
lạnh: cold
giết mổ: slaughter
lợn: pig
heo: pig
gia súc: livestock, cattle
gia cầm: poultry
dịch tả lợn: swine fever
đường: road, route
người đi đường: passerby, pedestrian
ra mắt: launch, debut, unveil
phục vụ: serve, service
tuyến: line, route
tuyến đường: route
kính: glass
cửa sổ: window
cửa: door
trúng: hit
biểu hiện: manifestation, expression, sign
dấu hiệu: sign, indication
nhất định: certainly
dựng: erect, build
dựng lên: erect, set
cảnh: scene, view
bức tường: wall
tường: wall
mái nhà: roof
đường phố chính: main street
nhà máy thủy điện: hydropower plant
đập: dam
đê: dike, dyke, levee
hồ chứa: reservoir
tàu cá: fishing boat
thủy thủ: sailor
thuyền viên: crew, sailor
phi công: pilot
hành khách: passenger
tài xế: driver
lái xe: drive, driver
xe máy: motorbike, motorcycle
xe đạp: bicycle
cháy nhà: house fire
người nhà: relative, family
khách: guest, visitor
chủ nhà: host, landlord
ban đầu: initial, initially, originally
ban ngày: daytime
cửa hàng: shop, store
trường hợp: case, instance
đội ngũ: staff, team, workforce
lãng phí: waste
sở hữu: own, ownership
than phiền: complain, complaint
biên tập: edit, editor
biên bản: minutes, record
# More news vocabulary
kinh nghiệm: experience
kiến thức: knowledge
sáng tạo: creative, creativity, innovation
đổi mới: innovation, renewal, reform
hiện đại: modern
hiện đại hóa: modernise, modernize, modernisation
truyền thống: tradition, traditional
di sản: heritage, legacy
bảo tàng: museum
lễ hội: festival
nghi lễ: ceremony, ritual
buổi lễ: ceremony
lễ: ceremony
lâm thời: interim, provisional
bộ trưởng ngoại giao: foreign minister
bộ trưởng quốc phòng: defence minister, defense minister
bộ trưởng tài chính: finance minister
phó chủ tịch nước: vice president
thủ lĩnh: leader, chief
tổng tư lệnh: commander chief
cảnh sát biển: coast guard
hải cảnh: coast guard
kinh tế vĩ mô: macroeconomic, macroeconomy
thị trường lao động: labour market, labor market
chỉ số: index, indicator
chỉ số giá: price index
ngoại tệ: foreign currency
dự trữ: reserve, stockpile
ngoại hối: foreign exchange
trái phiếu: bond
kiều hối: remittance
dòng vốn: capital flow
chuyển đổi số: digital transformation
kinh tế số: digital economy
thương mại điện tử: ecommerce
khởi nghiệp: startup
điện tử: electronic
bán dẫn: semiconductor
chất bán dẫn: semiconductor
công cộng: public
giao thông công cộng: public transport
nhà hàng: restaurant
khách sạn: hotel
chợ: market
siêu thị: supermarket
bệnh viện dã chiến: field hospital
mầm non: preschool, kindergarten
kỳ thi: exam, examination
tốt nghiệp: graduate, graduation
học bổng: scholarship
hình sự: criminal
dân sự: civil
luật hình sự: criminal law
tố tụng: litigation, proceedings
trọng tài: arbitration, referee
mực nước: water level
triều cường: high tide
xâm nhập mặn: saltwater intrusion
nhiệt độ: temperature
độ ẩm: humidity
hạm đội: fleet
tàu khu trục: destroyer
bộ binh: infantry
thủy quân lục chiến: marine
đặc nhiệm: special forces, commando
biệt kích: commando
lính dù: paratrooper
vệ binh quốc gia: national guard
vệ binh: guard
quân khu: military district
sư đoàn: division
lữ đoàn: brigade
trung đoàn: regiment
tiểu đoàn: battalion
quân đoàn: corps
hỏa lực: firepower
khí tài: military equipment, hardware
vụ phóng: launch
thử nghiệm: test, trial
vụ thử: test
thử hạt nhân: nuclear test
urani: uranium
tuyên bố chung: joint statement
thông cáo chung: joint communique
đối ngoại: foreign affairs, external
chính sách đối ngoại: foreign policy
đối nội: domestic
nội bộ: internal
nội địa: domestic
trong nước: domestic
xuyên biên giới: crossborder
thăm chính thức: official visit
triệu tập: summon, convene
lệnh triệu tập: summons
chống đối: resist, oppose
bảo lãnh: guarantee, bail
đảm nhận: assume, undertake
đảm nhiệm: hold, undertake
phụ trách: charge, responsible
điều hành: run, operate, manage
quản lý: manage, management, administer
khảo sát: survey
cuộc khảo sát: survey
thăm dò: poll, survey, explore
thăm dò dư luận: opinion poll
phát hành: release, issue, publish
xuất bản: publish
tiêu thụ: consume, consumption
nhận được: receive
truy cập: access
tiếp cận: access, approach
kết luận: conclude, conclusion
khen ngợi: praise
ca ngợi: praise, hail
tôn vinh: honour, honor
vinh danh: honour, honor
kỷ luật: discipline
sa thải: dismiss, fire, lay off
tuyển dụng: recruit, hire
thuê: hire, rent
đấu giá: auction
đấu thầu: tender, bid
tài trợ: fund, sponsor, finance
nhà tài trợ: donor, sponsor
# Demonyms and languages (written with their capitals: only a capitalised name matches)
người Nga: russian
người Mỹ: american
người Anh: briton, british
người Pháp: french
người Đức: german
người Trung Quốc: chinese
người Hoa: chinese
người Nhật: japanese
người Nhật Bản: japanese
người Hàn Quốc: korean
người Triều Tiên: north korean
người Ukraine: ukrainian
người Việt: vietnamese
người Việt Nam: vietnamese
người Kazakhstan: kazakh
người Kazakh: kazakh
người Ả Rập: arab
người Iran: iranian
người Israel: israeli
người Palestine: palestinian
người Ấn Độ: indian
người Úc: australian
người Canada: canadian
người Ý: italian
người Ba Lan: pole, polish
người Belarus: belarusian
người Gruzia: georgian
người Armenia: armenian
người Afghanistan: afghan
người Syria: syrian
người Iraq: iraqi
người Thái: thai
người Lào: lao, laotian
người Campuchia: cambodian
người Hà Lan: dutch
người Mexico: mexican
người Brazil: brazilian
người Kyrgyzstan: kyrgyz
người Uzbekistan: uzbek
người Tajikistan: tajik
người Kurd: kurd, kurdish
người Philippines: filipino
người Indonesia: indonesian
người Malaysia: malaysian
người Thụy Điển: swede, swedish
người Phần Lan: finn, finnish
người Hy Lạp: greek
người Ai Cập: egyptian
người Châu Phi: african
người châu Âu: european
người châu Á: asian
tiếng Nga: russian
tiếng Anh: english
tiếng Pháp: french
tiếng Đức: german
tiếng Trung: chinese
tiếng Trung Quốc: chinese
tiếng Hoa: chinese
tiếng Việt: vietnamese
tiếng Kazakh: kazakh
tiếng Ả Rập: arabic
tiếng Nhật: japanese
tiếng Hàn: korean
tiếng Ukraine: ukrainian
tiếng Tây Ban Nha: spanish
tiếng Bồ Đào Nha: portuguese
tiếng Ý: italian
`;
