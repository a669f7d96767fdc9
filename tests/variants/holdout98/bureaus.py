"""Returns ld07–ld12: project tables from 区文旅局, 区住建局, 区应急局, 区退役军人事务局, a 社区
and a 区属学校 (a two-line header, 中期/年度 columns, two stacked projects)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout98.common import DISTRICT, YEAR, footer, indicators
from tests.variants.holdout98.registry import variant
from tests.variants.kit import WAN, Book, mk, money, ok, pct


@variant(
    "ld07-culture-two-line-header",
    (1, 8),
    "two-year project, NAT-2021, a two-line header over 中期 and 年度 value columns, a unit column",
)
def ld07() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 18, 18, 12))
    project_head(
        s, year=YEAR, years=2, name="公共文化惠民演出", dept=f"{DISTRICT}文化和旅游局",
        unit=f"{DISTRICT}文化馆", attr="延续项目",
        money=[("中期资金总额", money(360, WAN), "年度资金总额", money(180, WAN)),
               ("其中：财政拨款", money(340, WAN), "其中：财政拨款", money(170, WAN)),
               ("其他资金", money(20, WAN), "其他资金", money(10, WAN))],
        goals=["两年内组织送戏下乡和广场惠民演出不少于240场，覆盖全区各镇街，培育本土文艺团队。",
               "全年组织惠民演出不少于120场，观众不少于6万人次，扶持本土文艺团队不少于8支。"],
    )  # fmt: skip
    top = s.row("一级指标", "二级指标", "三级指标", "指标值", None, "计量单位", merge=[(4, 5)])
    s.row(None, None, None, "中期（2027—2028年）", "年度（2027年）", None)
    for c in (1, 2, 3, 6):
        s.ws.merge_cells(start_row=top, start_column=c, end_row=top + 1, end_column=c)
    s.table([
        ("产出指标", "数量指标", "惠民演出场次", "≥240", "≥120", "场"),
        (None, None, "观众人次", "≥12", "≥6", "万人次"),
        (None, None, "扶持本土文艺团队", "≥15", "≥8", "支"),
        (None, "质量指标", "演出节目原创比例", pct(0.3), pct(0.3), "%"),
        (None, "时效指标", "年度演出计划完成时间", "2028年12月底前", "2027年12月底前", None),
        ("成本指标", "经济成本指标", "单场演出平均成本", "≤1.4", "≤1.4", "万元/场"),
        ("效益指标", "社会效益指标", "镇街演出覆盖率", pct(1), pct(1), "%"),
        (None, None, "群众参与文化活动热情", "不断提升", "有所提升", None),
        (None, "可持续影响指标", "本土文艺团队常态化演出机制", "健全", "基本建立", None),
        ("满意度指标", "服务对象满意度指标", "观众满意度", pct(0.9), pct(0.9), "%"),
    ], merged=(1, 2))  # fmt: skip
    footer(s, "林芷若", "0571-86728840", "蒋文博", (2026, 11, 19))
    return b


@variant(
    "ld08-housing-repair-duplicate",
    (1, 11),
    "project, OLD-NAT, 指标方向 column (正向/反向), values inline; a conflicting "
    "duplicate, a 满意度 without %",
)
def ld08() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 14, 30, 12, 18, 18))
    project_head(
        s, year=YEAR, name="公共租赁住房维修养护", dept=f"{DISTRICT}住房和城乡建设局",
        unit=f"{DISTRICT}住房保障服务中心", attr="常年项目",
        money=[("中期资金总额", money(312.6, WAN), "年度资金总额", money(312.6, WAN)),
               ("其中：财政拨款", money(312.6, WAN), "其中：财政拨款", money(312.6, WAN)),
               ("其他资金", money(0, WAN), "其他资金", money(0, WAN))],
        goals=["对辖区公共租赁住房开展日常维修和屋面、管网专项养护，保障租户居住安全。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标方向", "指标值", "备注"), [
        ("产出指标", "数量指标", "公租房维修套数", "正向", "≥300套", None),
        (None, None, "屋面防水专项养护面积", "正向", "≥8000平方米", None),
        (None, None, "二次供水管网改造", "正向", "≥3.5公里", None),
        (None, "质量指标", "维修工程验收合格率", "正向", "≥98%", None),
        (None, None, mk("公租房维修套数", "D102", "error", row=True,
                        note="the same indicator as the first row, 350 vs 300"),
         "正向", "≥350套", None),
        (None, "时效指标", "报修响应时间", "反向", "≤24小时", None),
        (None, "成本指标", "套均维修成本", "反向", "≤0.45万元/套", None),
        ("效益指标", "社会效益指标", "房屋安全隐患整改率", "正向", "≥95%", None),
        (None, "可持续影响指标", "维修养护台账管理", "正向", "规范", None),
        ("满意度指标", "服务对象满意度指标", "租户满意度", "正向",
         mk("≥90", "T105", "error", alt=("T104",), note="满意度 without %"), None),
    ])  # fmt: skip
    footer(s, "杨博", "0571-86833019", "许海峰", (2026, 11, 21))
    return b


def _drill_rows() -> list[tuple[object, ...]]:
    return [
        ("产出指标", "数量指标", "开展综合应急演练", "≥12次"),
        (None, None, "培训基层应急队员", "≥600人次"),
        (None, "质量指标", "队员培训考核合格率", "≥95%"),
        (None, "时效指标", "汛期前集中训练完成时间", "2027年5月底前"),
        ("成本指标", "经济成本指标", "人均培训成本", "≤800元/人次"),
        ("效益指标", "社会效益指标", "突发事件先期处置能力", "明显提升"),
        (None, "可持续影响指标", "镇街应急队伍常态化训练机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "参训队员满意度", "≥90%"),
    ]


@variant(
    "ld09-emergency-stacked",
    (1, 2),
    "two projects of one bureau stacked in one sheet, NAT-2021, one value column with units inline",
)
def ld09() -> Book:
    b = Book()
    s = b.sheet("项目支出绩效目标表", (14, 16, 32, 20, 16, 16))
    project_head(
        s, year=YEAR, name="区级应急物资储备", dept=f"{DISTRICT}应急管理局",
        unit=f"{DISTRICT}应急管理局", attr="常年项目",
        money=[("中期资金总额", money(128, WAN), "年度资金总额", money(128, WAN)),
               ("其中：财政拨款", money(128, WAN), "其中：财政拨款", money(128, WAN)),
               ("其他资金", money(0, WAN), "其他资金", money(0, WAN))],
        goals=["补充防汛、救灾类应急物资，保障区级储备库物资充足、账实相符。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "补充储备物资品种", "≥18类"),
        (None, None, "新增折叠床、帐篷等救灾物资", "≥1500件"),
        (None, "质量指标", "储备物资账实相符率", "100%"),
        (None, None, "物资质量抽检合格率", "≥98%"),
        (None, "时效指标", "物资调运到达时间", "≤4小时"),
        ("成本指标", "经济成本指标", "物资采购成本控制", "≤128万元"),
        ("效益指标", "社会效益指标", "受灾群众基本生活保障", "及时有效"),
        ("满意度指标", "服务对象满意度指标", "受助群众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip(2)
    project_head(
        s, year=YEAR, title="", name="基层应急救援队伍训练", dept=f"{DISTRICT}应急管理局",
        unit=f"{DISTRICT}应急管理局", attr="延续项目",
        money=[("中期资金总额", money(56, WAN), "年度资金总额", money(56, WAN)),
               ("其中：财政拨款", money(56, WAN), "其中：财政拨款", money(56, WAN)),
               ("其他资金", money(0, WAN), "其他资金", money(0, WAN))],
        goals=["组织镇街应急救援队伍开展训练和演练，提升基层先期处置能力。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), _drill_rows())
    footer(s, "曹宇航", "0571-86910457", "邓卫东", (2026, 11, 13))
    return b


@variant(
    "ld10-veterans-period-copied",
    (1, 8),
    "three-year project, NAT-2021, 中期 and 年度 columns; cumulative counts copied "
    "into 年度, a rate over 100 %",
)
def ld10() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 18, 18, 12))
    project_head(
        s, year=YEAR, years=3, name="退役军人就业创业促进", dept=f"{DISTRICT}退役军人事务局",
        unit=f"{DISTRICT}退役军人服务中心", attr="新增项目",
        money=[("中期资金总额", money(210, WAN), "年度资金总额", money(70, WAN)),
               ("其中：财政拨款", money(210, WAN), "其中：财政拨款", money(70, WAN)),
               ("其他资金", money(0, WAN), "其他资金", money(0, WAN))],
        goals=["三年内培训退役军人不少于900人次，推荐就业不少于450人，扶持创业项目不少于30个。",
               "全年培训退役军人不少于300人次，推荐就业不少于150人，扶持创业项目不少于10个。"],
    )  # fmt: skip
    note = "a cumulative count of a three-year project copied from the 中期 column"
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "备注"), [
        ("产出指标", "数量指标", "职业技能培训人次", "≥900人次",
         mk("≥900人次", "D202", "warning", alt=("D104",), note=note), None),
        (None, None, "推荐就业人数", "≥450人",
         mk("≥450人", "D202", "warning", alt=("D104",), note=note), None),
        (None, None, "扶持创业项目", "≥30个",
         mk("≥30个", "D202", "warning", alt=("D104",), note=note), None),
        (None, None, "举办专场招聘会", "≥12场", "≥4场", None),
        (None, "质量指标", "培训结业考核通过率", "≥90%",
         mk("≥105%", "T106", "error", note="a pass rate over 100 %"), None),
        (None, "时效指标", "创业补贴审核办结时限", "≤15个工作日", "≤15个工作日", None),
        (
            "成本指标",
            "经济成本指标",
            "人均培训补贴标准",
            "≤1500元/人次",
            ok("≤1500元/人次", note="× the copied 900 exceeds the annual 70万元 (B107)"),
            None,
        ),
        ("效益指标", "社会效益指标", "参训退役军人就业率", "≥80%", "≥80%", None),
        (None, "可持续影响指标", "退役军人就业服务体系", "持续完善", "逐步完善", None),
        ("满意度指标", "服务对象满意度指标", "退役军人满意度", "≥90%", "≥90%", None),
    ])  # fmt: skip
    footer(s, "罗振宇", "0571-86955320", "马国强", (2026, 11, 22))
    return b


@variant(
    "ld11-community-small-project",
    (1, 5),
    "a 社区's small project, NAT-2021, tiers filled down, values inline, a 指标值设定依据 column",
)
def ld11() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 16, 22, 8))
    project_head(
        s, year=YEAR, name="杏花社区“邻里微服务”项目", dept=f"{DISTRICT}柳岸街道办事处",
        unit=f"{DISTRICT}柳岸街道杏花社区居民委员会", attr="一次性项目",
        money=[("中期资金总额", money(12.8, WAN), "年度资金总额", money(12.8, WAN)),
               ("其中：财政拨款", money(10.8, WAN), "其中：财政拨款", money(10.8, WAN)),
               ("其他资金", money(2, WAN), "其他资金", money(2, WAN))],
        goals=["依托社区党群服务中心开展助老、托幼和便民维修志愿服务，全年服务居民不少于"
               "2000人次。"],
    )  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "开展邻里志愿服务活动", "≥48场", "计划标准"),
        ("产出指标", "数量指标", "服务居民人次", "≥2000人次", "历史标准"),
        ("产出指标", "质量指标", "志愿服务记录完整率", "≥95%", "计划标准"),
        ("产出指标", "时效指标", "活动按月开展完成率", "≥90%", "计划标准"),
        ("成本指标", "经济成本指标", "场均活动成本", "≤0.25万元/场", "历史标准"),
        ("效益指标", "社会效益指标", "参与活动的志愿者人数", "≥120人", "历史标准"),
        ("效益指标", "可持续影响指标", "社区志愿服务队伍", "稳定运行", "其他标准"),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "≥92%", "历史标准"),
    ]
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据"), rows,
               merged=())  # fmt: skip
    footer(s, "朱丽华", "0571-86120933", "王桂芳", (2026, 11, 8))
    return b


@variant(
    "ld12-school-repair-money",
    (1, 12),
    "a 区属学校's project, OLD-NAT, 上年结转 in the money block, 比较符 and 计量单位 "
    "columns; the 中期 money does not add up, a rate as a count",
)
def ld12() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 14, 30, 10, 14, 14))
    project_head(
        s, year=YEAR, name="校舍及附属设施维修改造", dept=f"{DISTRICT}教育局",
        unit=f"{DISTRICT}实验第二小学", attr="一次性项目",
        money=[("中期资金总额", mk(money(185, WAN), "B101", "error",
                                   note="150 + 20 + 25 = 195 ≠ 185"), "年度资金总额",
                money(185, WAN)),
               ("其中：当年财政拨款", money(150, WAN), "其中：当年财政拨款", money(150, WAN)),
               ("上年结转", money(20, WAN), "上年结转", money(20, WAN)),
               ("其他资金", money(25, WAN), "其他资金", money(15, WAN))],
        goals=["完成教学楼屋面防水、卫生间改造和操场塑胶跑道翻新，消除校舍安全隐患。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "屋面防水改造面积", "≥", 2200, "平方米"),
        (None, None, "改造学生卫生间", "≥", 9, "间"),
        (None, None, "翻新塑胶跑道面积", "≥", 3600, "平方米"),
        (None, "质量指标", "维修工程验收合格率", "=",
         mk(12, "T105", "error", note="a rate as a count"), "项"),
        (None, "时效指标", "暑期施工完成时间", "≤", "2027年8月25日", None),
        (None, "成本指标", "跑道翻新单价", "≤", 260, "元/平方米"),
        ("效益指标", "社会效益指标", "校舍安全隐患消除率", "≥", pct(0.95), "%"),
        (None, None, "受益学生人数", "≥", 1850, "人"),
        (None, "可持续影响指标", "校舍设施使用年限延长", "≥", 10, "年"),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    footer(s, "郭晓东", "0571-86177605", "谢文静", (2026, 11, 11))
    return b
