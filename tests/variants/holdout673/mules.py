"""Mules and donkeys on mountain farms: pack animals, breeding, sheds (hg01–hg06)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout673.common import (
    indicators,
    notes,
    one_year,
    sign,
    start,
    two_columns,
    w,
)
from tests.variants.holdout673.registry import variant
from tests.variants.kit import Book, mk, pct

H_OP = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
H_ONE = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("hg01-pack-mules-percent", (1, 11),
         "project, OLD-NAT, operator column and unit column, typed percent cells, a 下降率 "
         "with ≥, a death rate with ≤, goal count split in brackets (correct)")  # fmt: skip
def hg01() -> Book:
    b, s = start()
    project_head(s, year=2026, name="高山村役用骡驴购置补助", dept="岩背县农业农村局 417",
                 unit="岩背县畜牧技术推广站", money=one_year(60, 50, 10),
                 goals=["为山区农户新购役用骡驴120头（其中骡80头、驴40头），建驮运服务点"
                        "6个，驮运事故起数比上年下降10%以上。"])  # fmt: skip
    indicators(s, H_OP, [
        ("产出指标", "数量指标", "新购役用骡驴头数", "≥", 120, "头"),
        (None, None, "新购役用骡头数", "≥", 80, "头"),
        (None, None, "新购役用驴头数", "≥", 40, "头"),
        (None, None, "驮运服务点建设个数", "≥", 6, "个"),
        (None, "质量指标", "购入骡驴检疫合格率", "=", pct(1), "%"),
        (None, None, "购入骡驴三个月存活率", "≥", pct(0.97), "%"),
        (None, "时效指标", "购置补助兑付及时率", "≥", pct(0.95), "%"),
        (None, "成本指标", "每头购置补助标准", "≤", 0.4, "万元/头"),
        ("效益指标", "经济效益指标", "户均驮运收入增加", "≥", 3000, "元"),
        (None, "社会效益指标", "驮运事故起数下降率", "≥", pct(0.1), "%"),
        (None, None, "役用骡驴死亡率", "≤", pct(0.03), "%"),
        (None, "可持续影响指标", "驮运服务点持续运营年限", "≥", 3, "年"),
        ("满意度指标", "服务对象满意度指标", "受助农户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("hg02-donkey-breeding-period", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: a year's count above the "
         "period's, a count copied, a count other than the 年度目标's")  # fmt: skip
def hg02() -> Book:
    b, s = start()
    project_head(s, year=2026, years=3, name="石门山区良种驴繁育改良", attr="新增项目",
                 dept="岩背县农业农村局 417", unit="岩背县畜牧技术推广站",
                 money=two_columns((180, 150, 30), (60, 50, 10)),
                 goals=["2026—2028年在北坳、石门两乡建改良驴繁育点9个，累计配种改良母驴"
                        "1800头，培训配种员60人。",
                        "2026年建繁育点3个，配种改良母驴600头，培训配种员20人。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "繁育点建设个数", "≥9个", "≥3个"),
        (None, None, "配种改良母驴头数", "≥1800头",
         mk("≥800头", "D104", "warning", row=True, note="年度目标写配种600头")),
        (None, None, "培训配种员人数", "≥60人",
         mk("≥60人", "D202", "warning", note="三年累计人数照抄到年度列；年度目标写20人")),
        (None, None, "新生驴驹登记头数", "≥1200头",
         mk("≥1500头", "D201", "error", row=True, note="一年的驴驹数超过三年的")),
        (None, "质量指标", "配种受胎率", "≥80%", "≥80%"),
        (None, "时效指标", "配种季完成及时率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "每头配种补助标准", "≤150元/头", "≤150元/头"),
        ("效益指标", "社会效益指标", "改良驴覆盖农户数", "≥900户", "≥300户"),
        (None, "可持续影响指标", "繁育点持续运行年限", "≥5年", "≥5年"),
        ("满意度指标", "服务对象满意度指标", "养驴户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("hg03-stacked-fodder-insurance", (2,),
         "two projects stacked, OLD-NAT, one value column: the second's money does not add up, "
         "its goal keeps last season's year, one indicator written twice")  # fmt: skip
def hg03() -> Book:
    b, s = start()
    project_head(s, year=2026, name="高山驮运骡冬春饲草补贴", dept="岩背县农业农村局 417",
                 unit="岩背县畜牧技术推广站",
                 money=[("年度资金总额", w(36), "其中：财政拨款", w(30)),
                        ("其他资金", w(6), None, None)],
                 goals=["为620户养骡户补贴冬春饲草，每户500元，减少冬季掉膘死亡。"])  # fmt: skip
    indicators(s, H_ONE, [
        ("产出指标", "数量指标", "补贴养骡户数", "≥620户"),
        (None, "质量指标", "饲草霉变检出率", "≤2%"),
        (None, "时效指标", "饲草发放完成时间", "2026年11月30日前"),
        (None, "成本指标", "每户饲草补贴标准", "≤500元/户"),
        ("效益指标", "社会效益指标", "冬季驮运骡死亡率", "≤3%"),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2026, title="", name="驮骡役用保险保费补助",
                 dept="岩背县农业农村局 417", unit="岩背县畜牧技术推广站",
                 money=[("年度资金总额", w(mk(45, "B101", "error", note="30 + 10 = 40 ≠ 45")),
                         "其中：财政拨款", w(30)),
                        ("其他资金", w(10), None, None)],
                 goals=[mk("2025年为全镇投保驮骡300头，保费补助比例60%，出险理赔30日内"
                           "完成。", "Y103", "warning", alt=("Y101",),
                           note="预算年度2026，目标仍写上一季的2025年")])  # fmt: skip
    indicators(s, H_ONE, [
        ("产出指标", "数量指标", "投保驮骡头数", "≥300头"),
        (None, None, mk("驮骡投保头数", "D103", "warning", row=True, alt=("D101",),
                        note="与上一行是同一指标，换了词序"), "≥300头"),
        (None, "质量指标", "保费财政补助比例", "60%"),
        (None, "时效指标", "出险理赔办结时限", "≤30日"),
        (None, "成本指标", "每头保费补助标准", "≤120元/头"),
        ("效益指标", "社会效益指标", "参保户损失补偿覆盖率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥88%"),
    ])  # fmt: skip
    return b


@variant("hg04-flat-highland-farm", (3,),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值), percent cells, "
         "an area with its parts, a 0起 count, weights adding to 100 (correct)")  # fmt: skip
def hg04() -> Book:
    b, s = start()
    department_head(s, year=2026, dept="岩背县高山牧场管理所",
                    budget=[(w(320), w(300), w(20), w(180), w(140))],
                    tasks=[("骡驴存栏监测", "全县骡驴存栏登记与抽样监测", w(40), "摸清存栏"),
                           ("高山草场改良", "补播与围栏", w(60), "改良草场1.5万亩"),
                           ("驮运道维护", "清障与护坡", w(40), "驮运道畅通"),
                           ("金额合计", None, w(140), None)],
                    goal="监测骡驴存栏2.4万头，改良草场1.5万亩（补播0.9万亩、围栏0.6万亩），"
                         "维护驮运道38公里。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 6)])
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("骡驴存栏监测头数", 10, "万头", "≥", 2.4),
        ("草场改良面积", 15, "万亩", "≥", 1.5),
        ("草场补播面积", 10, "万亩", "≥", 0.9),
        ("草场围栏面积", 10, "万亩", "≥", 0.6),
        ("驮运道维护里程", 10, "公里", "≥", 38),
        ("监测数据上报及时率", 10, "%", "≥", pct(0.95)),
        ("骡驴疫病发生率", 10, "%", "≤", pct(0.02)),
        ("驮运道塌方致死事故起数", 5, "起", "=", 0),
        ("牧户满意度", 10, "%", "≥", pct(0.9)),
        ("草场产草量增长率", 10, "%", "≥", pct(0.08)),
    ])  # fmt: skip
    return b


@variant("hg05-pack-service-points", (5, 10),
         "project, NAT-2021, numbered tier labels with points and an indicator score column: "
         "产出 scores short of its points, a timeliness rate under 质量, a satisfaction rate "
         "under 社会效益")  # fmt: skip
def hg05() -> Book:
    b, s = start()
    project_head(
        s,
        year=2026,
        name="山区驮运服务站运营补助",
        dept="岩背县农业农村局 417",
        unit="岩背县驮运服务中心",
        money=one_year(48, 40, 8),
        goals=["运营驮运服务站8个，全年驮运农资和山货1.6万吨，通达率提高3个百分点。"],
    )
    b.file_mark("W101", "error", required=False,
                note="指标分值合计95，不足100：与产出的 W103 是同一问题")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        (mk("一、产出指标（50分）", "W103", "error",
            note="其下分值 10 + 10 + 10 + 5 + 10 = 45"), "1.数量指标", "运营驮运服务站个数",
         "≥8个", 10),
        (None, None, "驮运农资和山货量", "≥1.6万吨", 10),
        (None, "2.质量指标", "驮运货损率", "≤1%", 10),
        (None, None, mk("驮运服务响应及时率", "F201", "warning", row=True,
                        note="及时率是时效指标"), "≥95%", 5),
        (None, "3.时效指标", "服务站全年开放天数", "≥300天", 10),
        ("二、成本指标（10分）", "经济成本指标", "每吨驮运补助标准", "≤25元/吨", 10),
        ("三、效益指标（30分）", "社会效益指标", "驮运道通达率提高", "≥3百分点", 15),
        (None, None, mk("山区农户对驮运服务满意度", "F201", "warning", row=True,
                        note="满意度应在满意度指标下"), "≥90%", 5),
        (None, "可持续影响指标", "服务站持续运营年限", "≥3年", 10),
        ("四、满意度指标（10分）", "服务对象满意度指标", "托运商户满意度", "≥90%", 10),
    ])  # fmt: skip
    return b


@variant("hg06-shed-footnotes", (4,),
         "project, OLD-NAT, one value column; a 注 row inside the table, a 说明 explaining the "
         "total, 填表说明, signature and date lines; goal count with its parts, a later year "
         "the work prepares for (correct)")  # fmt: skip
def hg06() -> Book:
    b, s = start()
    project_head(s, year=2026, name="高寒村骡驴越冬圈舍改造", dept="岩背县农业农村局 417",
                 unit="岩背县畜牧技术推广站", money=one_year(40, 35, 5),
                 goals=["改造骡驴圈舍30处（新建12处、改建18处），冬季死亡率控制在3%以内，"
                        "为2027年推广山区圈舍标准积累经验。"])  # fmt: skip
    indicators(s, H_ONE, [
        ("产出指标", "数量指标", "新建圈舍处数", "≥12处"),
        (None, None, "改建圈舍处数", "≥18处"),
        (None, "质量指标", "圈舍验收合格率", "=100%"),
        (None, "时效指标", "圈舍完工时间", "2026年9月30日前"),
        (None, "成本指标", "新建圈舍每处补助", "≤2万元/处"),
        (None, None, "改建圈舍每处补助", "≤0.8万元/处"),
    ])  # fmt: skip
    notes(s, "注：“处”以户为单位计，一户一处。")
    s.table([
        ("效益指标", "社会效益指标", "冬季骡驴死亡率", "≤3%"),
        (None, "可持续影响指标", "圈舍使用年限", "≥10年"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "说明：年度资金40万元含新建补助24万元、改建补助14.4万元、验收费用1.6万元。",
          "填表说明：指标值应可考核；定性指标写明等级。")  # fmt: skip
    sign(s, "龙春梅", "0871-6530 2718", (2025, 11, 12))
    s.row("单位负责人（签字）：", None, None, "（盖章）")
    return b
