"""奶山羊 farms: hl01-hl06 (three correct, three with planted mistakes)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout678.common import book, indicators, multi_year, one_year, sign, w
from tests.variants.holdout678.registry import variant
from tests.variants.kit import Book, mk, pct

DEPT = "磬山县农业农村局（317006）"
HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
HEAD2 = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("hl01-goat-breed-improve", (1, 5),
         "project, NAT-2021, numbered labels, percent cells, goal total with its parts "
         "(correct)")  # fmt: skip
def goat_breed_improve() -> Book:
    b, s = book()
    project_head(s, year=2026, name="磬山县奶山羊良种改良补助项目", dept=DEPT,
                 unit="磬山县畜牧兽医服务中心", money=one_year(80, 70, 10),
                 goals=["完成奶山羊人工授精改良1200只（其中萨能奶山羊800只、关中奶山羊400只），"
                        "改良羔羊成活率不低于95%，养殖户满意度达到90%以上。"])  # fmt: skip
    indicators(s, HEAD, [
        ("一、产出指标", "（一）数量指标", "人工授精改良奶山羊数量", "≥1200只"),
        (None, None, "其中：萨能奶山羊改良数量", "≥800只"),
        (None, "（二）质量指标", "改良羔羊成活率", pct(0.95)),
        (None, None, "羔羊死亡率", "≤5%"),
        (None, "（三）时效指标", "配种工作完成时间", "2026年11月30日前"),
        ("二、成本指标", "（一）经济成本指标", "每只改良补助标准", "≤500元/只"),
        ("三、效益指标", "（一）经济效益指标", "改良母羊单产提高", "≥50千克/只"),
        (None, "（二）可持续影响指标", "良种覆盖率提高", "≥3百分点"),
        ("四、满意度指标", "（一）服务对象满意度指标", "养殖户满意度", pct(0.9)),
    ])  # fmt: skip
    sign(s, 2026, "乔建民", "0917-6623418")
    return b


@variant("hl02-goat-shed-build", (5, 7),
         "project, OLD-NAT, header 绩效目标值: goal count against indicator, "
         "next-year deadline")  # fmt: skip
def goat_shed_build() -> Book:
    b, s = book()
    project_head(s, year=2026, name="沣禾镇奶山羊标准化养殖场建设项目", dept=DEPT,
                 unit="磬山县沣禾镇人民政府", money=one_year(150, 120, 30),
                 goals=["新建标准化羊舍6栋、青贮池2座，配套挤奶设备1套，年内建成投用，"
                        "带动周边养殖户40户。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "绩效目标值"), [
        ("产出指标", "数量指标",
         "新建标准化羊舍", mk("≥4栋", "D104", "warning",
                          note="年度目标写新建羊舍6栋，指标只有4栋")),
        (None, None, "新建青贮池", "≥2座"),
        (None, "质量指标", "工程验收合格率", "100%"),
        (None, "时效指标", "工程完工时间",
         mk("2027年6月30日前", "Y102", "error", alt=("Y103",),
            note="一年期项目（2026年），完工期限却在2027年")),
        (None, "成本指标", "羊舍建设单价", "≤18万元/栋"),
        ("效益指标", "经济效益指标", "带动养殖户户均增收", "≥3000元"),
        (None, "社会效益指标", "带动周边养殖户", "≥40户"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, 2026, "邵立华", "0917-6651209")
    return b


@variant("hl03-goat-dairy-three-year", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns, period counts above the year's, "
         "a later year prepared for (correct)")  # fmt: skip
def goat_dairy_three_year() -> Book:
    b, s = book()
    project_head(s, year=2026, years=3, name="磬山县奶山羊产业集群提升项目", dept=DEPT,
                 unit="磬山县畜牧兽医服务中心", money=multi_year((360, 300, 60), (120, 100, 20)),
                 attr="新增项目",
                 goals=["2026—2028年建成奶山羊核心育种场3个，存栏能繁母羊达到9000只，"
                        "为2029年全县推广积累经验。",
                        "2026年建成核心育种场1个，新增能繁母羊3000只，"
                        "生鲜羊乳抽检合格率100%。"])  # fmt: skip
    indicators(s, HEAD2, [
        ("产出指标", "数量指标", "建成核心育种场", "≥3个", "≥1个"),
        (None, None, "新增能繁母羊", "≥9000只", "≥3000只"),
        (None, "质量指标", "生鲜羊乳抽检合格率", pct(1), pct(1)),
        (None, "时效指标", "育种场建设完成时间", "2028年10月前", "2026年10月前"),
        ("成本指标", "经济成本指标", "每个育种场建设补助", "≤90万元", "≤90万元"),
        ("效益指标", "经济效益指标", "带动养殖户增收", "≥2000万元", "≥600万元"),
        (None, "可持续影响指标", "良种登记制度", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "养殖场户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, 2026, "乔建民", "0917-6623418")
    return b


@variant("hl04-goat-milk-hall-two-year", (8,),
         "two-year project, NAT-2021, 中期 and 年度 columns: goals copied, a year's count above "
         "the period's, a cumulative count copied")  # fmt: skip
def goat_milk_hall_two_year() -> Book:
    b, s = book()
    goal = "建设机械化挤奶厅4座，培育奶山羊核心群800只，生鲜羊乳收购覆盖全部养殖场。"
    project_head(s, year=2026, years=2, name="磬山县奶山羊机械化挤奶提升项目", dept=DEPT,
                 unit="磬山县畜牧兽医服务中心", money=multi_year((200, 160, 40), (110, 90, 20)),
                 goals=[goal, mk(goal, "D204", "warning",
                                 note="两年期项目，年度目标与中期目标逐字相同")])  # fmt: skip
    indicators(s, HEAD2, [
        ("产出指标", "数量指标", "建设机械化挤奶厅", "≥4座",
         mk("≥4座", "D202", "warning", note="两年累计4座，年度照抄中期")),
        (None, None, "培育奶山羊核心群", "≥800只",
         mk("≥1000只", "D201", "error", note="年度1000只大于两年合计800只")),
        (None, "质量指标", "生鲜羊乳体细胞数达标率", "≥90%", "≥90%"),
        (None, "时效指标", "挤奶厅投用时间", "2027年9月前", "2026年12月前"),
        ("成本指标", "经济成本指标", "挤奶厅建设补助标准", "≤25万元/座", "≤25万元/座"),
        ("效益指标", "经济效益指标", "生鲜羊乳收购价提高", "≥0.3元/千克", "≥0.2元/千克"),
        ("满意度指标", "服务对象满意度指标", "养殖场户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, 2026, "乔建民", "0917-6623418")
    return b


@variant("hl05-goat-department-points", (5, 10, 12),
         "department, NAT-2021, tier labels with points and an indicator score column, both "
         "adding to 100, tasks adding to 金额合计 (correct)")  # fmt: skip
def goat_department_points() -> Book:
    b, s = book("部门整体")
    department_head(s, year=2026, dept="磬山县畜牧兽医服务中心", budget=[
        (w(640), w(600), w(40), w(380), w(260)),
    ], tasks=[
        ("奶山羊良种改良", "人工授精、种公羊补助", w(80), "改良1200只"),
        ("羊病防控", "强制免疫、布病监测", w(110), "免疫密度≥95%"),
        ("饲草料基地", "青贮玉米种植补助", w(70), "种植3000亩"),
        ("金额合计", None, w(260), None),
    ], goal="完成奶山羊改良1200只，强制免疫密度95%以上，青贮玉米种植3000亩。")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("产出指标（40分）", "数量指标", "奶山羊改良数量", "≥1200只", 15),
        (None, None, "青贮玉米种植面积", "≥3000亩", 10),
        (None, "质量指标", "强制免疫密度", pct(0.95), 10),
        (None, "时效指标", "春季集中免疫完成时间", "2026年5月31日前", 5),
        ("成本指标（20分）", "经济成本指标", "每亩青贮玉米补助", "≤200元/亩", 20),
        ("效益指标（30分）", "社会效益指标", "重大动物疫情发生数", "0起", 15),
        (None, "可持续影响指标", "良种覆盖率提高", "≥2百分点", 15),
        ("满意度指标（10分）", "服务对象满意度指标", "养殖户满意度", pct(0.9), 10),
    ])  # fmt: skip
    sign(s, 2026, "魏春林", "0917-6610275")
    return b


@variant("hl06-goat-department-wrong", (12,),
         "department, NAT-2021: tasks not adding to 金额合计, one indicator twice under two "
         "tier-2s, a satisfaction rate under 社会效益")  # fmt: skip
def goat_department_wrong() -> Book:
    b, s = book("部门整体")
    department_head(s, year=2026, dept="磬山县奶山羊产业发展中心", budget=[
        (w(420), w(380), w(40), w(250), w(170)),
    ], tasks=[
        ("奶山羊养殖技术推广", "技术培训、示范场指导", w(45), "培训600人次"),
        ("生鲜羊乳质量监测", "抽检、快检设备", w(60), "抽检480批次"),
        ("养殖场粪污治理", "粪污处理设施补助", w(55), "治理20个场"),
        ("金额合计", None, mk(w(170), "B102", "error",
                           note="45 + 60 + 55 = 160，与金额合计170不符")),
    ], goal="培训奶山羊养殖户600人次，抽检生鲜羊乳480批次，完成20个养殖场粪污治理。")  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "养殖技术培训人次", "≥600人次"),
        (None, None, "生鲜羊乳抽检批次", "≥480批次"),
        (None, "质量指标", "生鲜羊乳抽检合格率", "≥98%"),
        (None, None, mk("养殖技术培训人次", "D101", "warning", row=True,
                        alt=("D102", "D103", "F201"),
                        note="与数量指标下的同名指标重复"), "≥600人次"),
        (None, "时效指标", "粪污治理设施完工时间", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "每个场粪污治理补助", "≤2.5万元/个"),
        ("效益指标", "生态效益指标", "养殖场粪污综合利用率", "≥85%"),
        (None, "社会效益指标", mk("参训养殖户满意度", "F201", "warning", row=True,
                                  note="满意度指标填在社会效益下"), "≥90%"),
        ("满意度指标", "服务对象满意度指标", "养殖场户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, 2026, "孔德顺", "0917-6634580")
    return b
