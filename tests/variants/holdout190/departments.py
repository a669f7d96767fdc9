"""部门整体 tables and stacked projects (or12–or18)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout190.common import (
    YEAR,
    dup_money,
    footnotes,
    head_row,
    new_sheet,
    sign_off,
)
from tests.variants.holdout190.registry import variant
from tests.variants.kit import Book, Sheet, mk, pct


@variant(
    "or12-veterans-department-exact",
    (12, 1),
    "department, NAT-2021, key tasks with a 金额合计; a 人均培训补助标准 × 人数 exact"
    "ly equal to its task line",
)
def or12() -> Book:
    b, s = new_sheet("部门整体")
    department_head(
        s, year=YEAR, dept="松岭县退役军人事务局",
        budget=[(520.0, 500.0, 20.0, 280.0, 240.0)],
        tasks=[
            ("优抚对象抚恤补助", "按季发放在乡优抚对象定期抚恤补助", 150.0, "按时足额发放"),
            ("退役军人技能培训", "组织退役军人参加职业技能培训", 54.0, "培训180人"),
            ("光荣院运行保障", "保障光荣院集中供养对象日常运行", 36.0, "正常运行"),
            ("金额合计", None, 240.0, None),
        ],
        goal="按季足额发放优抚对象抚恤补助；组织退役军人职业技能培训180人，人均补助3000元；"
             "保障光荣院正常运行。",
    )  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 6)])
    head_row(s, "一级指标", "二级指标", "三级指标", "指标值")
    s.table(
        [
            ("产出指标", "数量指标", "退役军人技能培训人数", "≥180人"),
            (None, None, "光荣院集中供养人数", "≥35人"),
            (None, "质量指标", "抚恤补助发放准确率", "=100%"),
            (None, "时效指标", "抚恤补助按季发放及时率", "≥98%"),
            ("成本指标", "经济成本指标", "人均技能培训补助标准", "≤3000元/人"),
            ("效益指标", "社会效益指标", "参训退役军人就业率", "≥70%"),
            ("满意度指标", "服务对象满意度指标", "优抚对象满意度", "≥92%"),
        ],
        merged=(1, 2),
    )
    return b


@variant(
    "or13-housing-per-household-over",
    (12, 5),
    "department, NAT-2021, key tasks; 户均补助标准 × 户数 above its task line, 时效指"
    "标 placed under 效益指标",
)
def or13() -> Book:
    b, s = new_sheet("部门整体")
    department_head(
        s, year=YEAR, dept="澄溪县住房和城乡建设局",
        budget=[(860.0, 800.0, 60.0, 320.0, 540.0)],
        tasks=[
            ("农村危房改造补助", "对C级、D级农村危房实施加固或重建", 150.0, "完成危房改造60户"),
            ("城镇燃气管网安全改造", "更新改造城镇老化燃气管道", 300.0, "改造管网25公里"),
            ("建筑工地质量安全巡查", "委托第三方开展在建工地巡查", 90.0, "在建工地全覆盖"),
            ("金额合计", None, 540.0, None),
        ],
        goal="完成农村危房改造60户，改造城镇老化燃气管网25公里，实现在建工地质量安全巡查"
             "全覆盖。",
    )  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 6)])
    head_row(s, "一级指标", "二级指标", "三级指标", "指标值")
    s.table(
        [
            ("产出指标", "数量指标", "农村危房改造户数", "≥60户"),
            (None, None, "燃气管网改造长度", "≥25公里"),
            (None, "质量指标", "改造工程质量验收合格率", "=100%"),
            (None, None, "在建工地质量安全巡查覆盖率", "=100%"),
            (
                "成本指标",
                "经济成本指标",
                "户均危房改造补助标准",
                mk(
                    "≤3万元/户",
                    "B107",
                    "warning",
                    row=True,
                    note="3万元 × 60户 = 180万元 > the 150万元 task line",
                ),
            ),
            ("效益指标", "社会效益指标", "危房户住房安全保障率", "=100%"),
            (
                None,
                mk("时效指标", "F105", "error", note="时效 belongs to 产出指标"),
                "危房改造竣工时间",
                "2026年11月30日前",
            ),
            ("满意度指标", "服务对象满意度指标", "改造农户满意度", "≥90%"),
        ],
        merged=(1, 2),
    )
    return b


@variant(
    "or14-market-department-two-columns",
    (12, 8),
    "department, NAT-2021, 实施周期 (2026—2028) and 年度 columns, percent cells; a =0"
    "起 accident count, a per-批次 cost × 批次 equal to its task line",
)
def or14() -> Book:
    b, s = new_sheet("部门整体")
    department_head(
        s, year=YEAR, dept="柏川区市场监督管理局",
        budget=[(1280.0, 1200.0, 80.0, 830.0, 450.0)],
        tasks=[
            ("食品安全监督抽检", "按计划开展食品安全监督抽检", 180.0, "抽检2000批次"),
            ("特种设备安全监察", "开展电梯、锅炉等特种设备监督检查", 120.0, "检查1500台次"),
            ("知识产权保护", "开展商标、专利侵权线索核查与维权援助", 150.0, "核查线索300条"),
            ("金额合计", None, 450.0, None),
        ],
        goal="完成食品安全监督抽检2000批次、特种设备监督检查1500台次，核查知识产权侵权线索"
             "300条，守住不发生较大以上特种设备事故的底线。",
    )  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 6)])
    head_row(s, "一级指标", "二级指标", "三级指标", "比较符", "实施周期指标值（2026—2028年）",
             "年度指标值（2026年）")  # fmt: skip
    s.table(
        [
            ("产出指标", "数量指标", "食品安全监督抽检批次", "≥", "6000批次", "2000批次"),
            (None, None, "特种设备监督检查台次", "≥", "4500台次", "1500台次"),
            (None, None, "知识产权侵权线索核查条数", "≥", "900条", "300条"),
            (None, "质量指标", "抽检不合格食品核查处置率", "=", pct(1.0), pct(1.0)),
            (None, "时效指标", "抽检结果公示时限", "≤", "20个工作日", "20个工作日"),
            ("成本指标", "经济成本指标", "单批次食品抽检成本", "≤", "900元/批次", "900元/批次"),
            ("效益指标", "社会效益指标", "较大以上特种设备事故起数", "=", "0起", "0起"),
            (None, None, "食品安全抽检合格率", "≥", pct(0.97), pct(0.97)),
            ("满意度指标", "服务对象满意度指标", "市场主体满意度", "≥", pct(0.9), pct(0.9)),
        ],
        merged=(1, 2),
    )
    return b


@variant(
    "or15-heating-per-household-days",
    (12, 1),
    "department, NAT-2021, value and unit columns; 户均取暖补助标准 × 户数 above its "
    "task line, a 及时率 ≥95 in 天",
)
def or15() -> Book:
    b, s = new_sheet("部门整体")
    department_head(
        s, year=YEAR, dept="松岭县民政局",
        budget=[(760.0, 720.0, 40.0, 400.0, 360.0)],
        tasks=[
            ("困难群众冬季取暖补助", "向低保、特困家庭发放冬季取暖补助", 160.0, "发放2500户"),
            ("特困人员集中供养", "保障敬老院特困人员集中供养", 140.0, "供养220人"),
            ("临时救助", "对遭遇急难的家庭实施临时救助", 60.0, "及时救助"),
            ("金额合计", None, 360.0, None),
        ],
        goal="向2500户低保、特困家庭发放冬季取暖补助，集中供养特困人员220人，及时实施临时"
             "救助，兜牢困难群众基本生活底线。",
    )  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 6)])
    head_row(s, "一级指标", "二级指标", "三级指标", "指标值", "计量单位")
    s.table(
        [
            ("产出指标", "数量指标", "取暖补助发放户数", "≥2500", "户"),
            (None, None, "特困人员集中供养人数", "≥220", "人"),
            (None, "质量指标", "救助对象认定准确率", "≥98", "%"),
            (
                None,
                "时效指标",
                "补助资金发放及时率",
                mk("≥95", "T105", "error", row=True, alt=("T112",), note="a 及时率 in 天"),
                "天",
            ),
            (
                "成本指标",
                "经济成本指标",
                "户均取暖补助标准",
                mk(
                    "≤800",
                    "B107",
                    "warning",
                    row=True,
                    note="800元 × 2500户 = 200万元 > the 160万元 task line",
                ),
                "元/户",
            ),
            ("效益指标", "社会效益指标", "困难群众基本生活保障率", "=100", "%"),
            ("满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90", "%"),
        ],
        merged=(1, 2),
    )
    return b


def _culture(s: Sheet, *, title: str | None) -> None:
    project_head(
        s, year=YEAR, title=title, name="乡村文化广场设备配置", dept="松岭县文化和旅游局（407）",
        unit="松岭县文化馆",
        money=[("年度资金总额", 60.0, "其中：财政拨款", 60.0), ("其他资金", 0.0, None, None)],
        goals=["为30个行政村文化广场配置音响设备，9月底前完成配置，丰富村民文化生活。"],
    )  # fmt: skip
    head_row(s, "一级指标", "二级指标", "三级指标", "指标值")
    s.table(
        [
            ("产出指标", "数量指标", "配置文化广场音响设备套数", "≥30套"),
            (None, "质量指标", "设备验收合格率", "=100%"),
            (None, "时效指标", "设备配置完成时限", "2026年9月30日前"),
            (None, "成本指标", "单套设备采购成本", "≤2万元/套"),
            ("效益指标", "社会效益指标", "行政村文化广场设备覆盖率", "≥85%"),
            ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"),
        ],
        merged=(1, 2),
    )


@variant(
    "or16-stacked-culture-same-name",
    (2,),
    "two projects stacked, OLD-NAT, one value column; the same indicator names with d"
    "ifferent values in the two projects",
)
def or16() -> Book:
    b, s = new_sheet("项目绩效目标")
    _culture(s, title=None)
    s.skip()
    project_head(
        s, year=YEAR, title="", name="送戏下乡演出", dept="松岭县文化和旅游局（407）",
        unit="松岭县文化馆",
        money=[("年度资金总额", 45.0, "其中：财政拨款", 40.0), ("其他资金", 5.0, None, None)],
        goals=["组织县内文艺团体送戏下乡演出150场，年底前完成全部场次，覆盖全县90%以上"
               "行政村。"],
    )  # fmt: skip
    head_row(s, "一级指标", "二级指标", "三级指标", "指标值")
    s.table(
        [
            ("产出指标", "数量指标", "送戏下乡演出场次", "≥150场"),
            (None, "质量指标", "演出节目审核通过率", "=100%"),
            (None, "时效指标", "演出任务完成时限", "年底前"),
            (None, "成本指标", "每场演出补助标准", "≤3000元/场"),
            ("效益指标", "社会效益指标", "演出覆盖行政村比例", "≥90%"),
            ("满意度指标", "服务对象满意度指标", "群众满意度", "≥92%"),
        ],
        merged=(1, 2),
    )
    sign_off(s, person="林書涵", phone="0734-5219036")
    return b


@variant(
    "or17-stacked-dup-county-twice",
    (2, 9),
    "two projects stacked, OLD-NAT, one value column; one name twice in the first, th"
    "e second's 县级配套 counted twice",
)
def or17() -> Book:
    b, s = new_sheet("项目绩效目标")
    project_head(
        s, year=YEAR, name="中小学校园安全视频监控补点", dept="澄溪县教育局（224）",
        unit="澄溪县教育技术装备中心",
        money=[("年度资金总额", 96.0, "其中：财政拨款", 96.0), ("其他资金", 0.0, None, None)],
        goals=["为24所农村中小学补建校园视频监控点位，接入县级校园安全监控平台。"],
    )  # fmt: skip
    head_row(s, "一级指标", "二级指标", "三级指标", "指标值")
    s.table(
        [
            (
                "产出指标",
                "数量指标",
                "视频监控补点学校数",
                mk("≥24所", "D102", "error", row=True, required=False),
            ),
            (None, None, "新增监控点位数", "≥480个"),
            (
                None,
                None,
                "视频监控补点学校数",
                mk(
                    mk("≥20所", "D102", "error", row=True, note="the same name with ≥24所 above"),
                    "D104",
                    "warning",
                    row=True,
                    required=False,
                ),
            ),
            (None, "质量指标", "监控设备联网在线率", "≥95%"),
            (None, "时效指标", "补点工程完成时限", "2026年8月31日前"),
            (None, "成本指标", "每校补点建设成本", "≤4万元/所"),
            ("效益指标", "社会效益指标", "校园重点部位监控覆盖率", "=100%"),
            ("满意度指标", "服务对象满意度指标", "师生家长满意度", "≥90%"),
        ],
        merged=(1, 2),
    )
    s.skip()
    project_head(
        s, year=YEAR, title="", name="中小学食堂明厨亮灶改造", dept="澄溪县教育局（224）",
        unit="澄溪县学生资助管理中心",
        money=dup_money(mk(150.0, "B101", "error", alt=("B102",),
                           note="90 + 45 = 135: 县级配套 15 is in 其他资金 and added again"),
                        90.0, 45.0, 15.0),
        goals=["完成40所中小学食堂明厨亮灶改造，实现食堂后厨操作过程可视化。"],
    )  # fmt: skip
    head_row(s, "一级指标", "二级指标", "三级指标", "指标值")
    s.table(
        [
            ("产出指标", "数量指标", "食堂明厨亮灶改造学校数", "≥40所"),
            (None, "质量指标", "改造工程验收合格率", "=100%"),
            (None, "时效指标", "改造工程完成时限", "2026年8月31日前"),
            (None, "成本指标", "每所学校改造成本", "≤3万元/所"),
            ("效益指标", "社会效益指标", "学校食堂后厨可视化覆盖率", "≥95%"),
            ("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%"),
        ],
        merged=(1, 2),
    )
    return b


@variant(
    "or18-legal-stations-weights",
    (10, 1),
    "one-year project, NAT-2021, weight column adding to 100, footnote; 差错率 =0%, a"
    " per-站 standard × 站数 equal to the money, 年底前",
)
def or18() -> Book:
    b, s = new_sheet()
    project_head(
        s, year=YEAR, name="村（社区）公共法律服务工作站运行", dept="柏川区司法局（314）",
        unit="柏川区公共法律服务中心",
        money=[("年度资金总额", 64.0, "其中：财政拨款", 64.0), ("其他资金", 0.0, None, None)],
        goals=["保障80个村（社区）公共法律服务工作站运行，全年接待法律咨询6000人次以上，"
               "咨询答复零差错，年底前完成工作站年度考核。"],
    )  # fmt: skip
    head_row(s, "一级指标", "二级指标", "三级指标", "指标值", "权重（分）")
    s.table(
        [
            ("产出指标", "数量指标", "公共法律服务工作站运行数", "≥80个", 10),
            (None, None, "法律咨询接待人次", "≥6000人次", 10),
            (None, "质量指标", "法律援助案件归档合格率", "≥95%", 10),
            (None, None, "法律咨询答复差错率", "=0%", 10),
            (None, "时效指标", "工作站年度考核完成时限", "年底前", 10),
            ("成本指标", "经济成本指标", "单站年度运行补助", "≤8000元/个", 10),
            ("效益指标", "社会效益指标", "矛盾纠纷调解成功率", "≥95%", 15),
            (None, "可持续影响指标", "工作站值班制度落实率", "≥95%", 15),
            ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", 10),
        ],
        merged=(1, 2),
    )
    footnotes(s, "注：权重合计100分。")
    return b
