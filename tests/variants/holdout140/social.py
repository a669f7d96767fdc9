"""人社局 returns: 就业见习补贴, 灵活就业社保补贴, 公益性岗位补贴, 创业补贴 (mt07–mt10)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout140.common import footer, rows
from tests.variants.holdout140.registry import variant
from tests.variants.kit import WAN, Book, Sheet, mk, money, pct


@variant("mt07-jianxi-two-line-header", (7,), "project, NAT-2021, two-line header, operator column")
def mt07() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 32, 10, 14, 14))
    project_head(
        s,
        year=2026,
        name="高校毕业生等青年就业见习补贴",
        dept="安平市人力资源和社会保障局",
        unit="安平市公共就业服务中心",
        money=[
            ("年度资金总额", money(600, WAN), "其中：财政拨款", money(600, WAN)),
            ("其他资金", money(0, WAN), None, None),
        ],
        goals=[
            "组织离校2年内未就业高校毕业生和16—24岁失业青年参加就业见习不少于620人，按每人每月"
            "1500元标准给予见习补贴，见习期最长6个月，新认定见习基地不少于45家，见习期满留用率"
            "不低于50%。"
        ],
    )
    top = s.row("一级指标", "二级指标", "三级指标", "绩效指标值", None, None, merge=[(4, 6)])
    s.row(None, None, None, "比较符", "目标值", "计量单位")
    for c in (1, 2, 3):
        s.ws.merge_cells(start_row=top, start_column=c, end_row=top + 1, end_column=c)
    rows(
        s,
        [
            ("产出指标", "数量指标", "参加就业见习人数", "≥", 620, "人"),
            (None, None, "新认定就业见习基地", "≥", 45, "家"),
            (None, None, "单人见习补贴期限", "≤", 6, "个月"),
            (None, "质量指标", "见习补贴发放准确率", "=", pct(1), None),
            (None, None, "见习协议签订率", "=", pct(1), None),
            (None, "时效指标", "见习补贴按月拨付及时率", "≥", pct(0.98), None),
            ("成本指标", "经济成本指标", "见习补贴标准", "≤", 1500, "元/人·月"),
            ("效益指标", "社会效益指标", "见习期满留用率", "≥", pct(0.5), None),
            (None, None, "见习人员就业能力提升", "定性", "明显提升", None),
            (None, "可持续影响指标", "就业见习基地动态管理机制", "定性", "健全", None),
            ("满意度指标", "服务对象满意度指标", "见习人员满意度", "≥", pct(0.9), None),
            (None, None, "见习基地满意度", "≥", pct(0.85), None),
        ],
    )
    footer(s, "黄晓彤", "0758-2290314", "2025年11月21日")
    return b


@variant("mt08-jianxi-weights-wrong", (10, 11, 12), "project, NAT-2021, weights, three mistakes")
def mt08() -> Book:
    b = Book()
    s = b.sheet("绩效目标", (14, 16, 32, 18, 10, 14))
    project_head(
        s,
        year=2026,
        name="就业见习补贴",
        dept="临川县人力资源和社会保障局",
        unit="临川县就业服务中心",
        money=[
            ("年度资金总额", money(480, WAN), "其中：财政拨款", money(480, WAN)),
            ("其他资金", money(0, WAN), None, None),
        ],
        goals=[
            "全年组织就业见习800人，按每人每月1800元标准发放见习补贴，提升青年就业能力，见习期满"
            "留用率达到45%以上。"
        ],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", "权重", "备注")
    rows(
        s,
        [
            ("产出指标", "数量指标", "参加就业见习人数", "≥800人", 15, None),
            (None, None, "见习补贴发放月数", "12个月", 10, "按月发放"),
            (None, "质量指标", "见习补贴发放准确率", "=100%", 10, None),
            (None, "时效指标", "见习补贴发放及时率", mk("≥105%", "T106", "error"), 15, None),
            (
                "成本指标",
                "经济成本指标",
                "见习补贴标准",
                mk(
                    "≤1800元/人·月",
                    "B107",
                    "warning",
                    row=True,
                    note="1800 × 800 × 12 = 1728万元 against a budget of 480万元",
                ),
                10,
                None,
            ),
            ("效益指标", "社会效益指标", "见习期满留用率", "≥45%", 10, None),
            (None, None, "见习人员中途退出率", mk("≥10%", "T108", "warning", row=True), 10, None),
            (None, "可持续影响指标", "见习基地稳定运行", "长期", 10, None),
            ("满意度指标", "服务对象满意度指标", "见习人员满意度", "≥90%", 10, None),
            ("合计", None, None, None, 100, None),
        ],
    )
    footer(s, "邓磊", "0794-6630271", "2025年12月3日")
    return b


def _table(s: Sheet, body: list[tuple[object, ...]]) -> None:
    s.row("一级指标", "二级指标", "三级指标", "指标值", "计量单位")
    rows(s, body)
    s.skip()


@variant("mt09-stacked-shebao-gangwei", (2,), "two projects stacked, OLD-NAT, unit column")
def mt09() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标", (14, 16, 32, 16, 14, 14))
    s.title("2026年度项目支出绩效目标表（就业补助资金）", 6)
    project_head(
        s,
        year=2026,
        title="",
        name="灵活就业人员社会保险补贴",
        dept="宁川市人力资源和社会保障局",
        unit="宁川市就业创业服务中心",
        attr="常年项目",
        money=[
            ("年度资金总额", money(1050, WAN), "其中：财政拨款", money(1050, WAN)),
            ("其他资金", money(0, WAN), None, None),
        ],
        goals=["对就业困难人员灵活就业后缴纳的社会保险费给予补贴，全年补贴不少于1500人。"],
    )
    _table(
        s,
        [
            ("产出指标", "数量指标", "享受社保补贴人数", "≥1500", "人"),
            (None, "质量指标", "补贴对象资格审核准确率", pct(1), None),
            (None, "时效指标", "补贴按季度拨付及时率", "≥98%", None),
            (None, "成本指标", "社保补贴标准", "≤560", "元/人·月"),
            (None, None, "单人补贴期限", "≤12", "个月"),
            ("效益指标", "社会效益指标", "就业困难人员参保率", "≥95%", None),
            (None, "可持续影响指标", "灵活就业人员权益保障", "持续改善", None),
            ("满意度指标", "服务对象满意度指标", "补贴对象满意度", "≥90%", None),
        ],
    )
    project_head(
        s,
        year=2026,
        title="",
        name="公益性岗位补贴",
        dept="宁川市人力资源和社会保障局",
        unit="宁川市就业创业服务中心",
        attr="常年项目",
        money=[
            ("年度资金总额", money(1380, WAN), "其中：财政拨款", money(1380, WAN)),
            ("其他资金", money(0, WAN), None, None),
        ],
        goals=["开发公益性岗位不少于420个，安置就业困难人员，按月发放岗位补贴和社会保险补贴。"],
    )
    _table(
        s,
        [
            ("产出指标", "数量指标", "开发公益性岗位数", "≥420", "个"),
            (None, None, "安置就业困难人员人数", "≥420", "人"),
            (None, "质量指标", "岗位人员在岗率", "≥95%", None),
            (None, "时效指标", "岗位补贴按月发放及时率", pct(1), None),
            (None, "成本指标", "岗位补贴标准", "≤1900", "元/人·月"),
            (None, None, "社会保险补贴标准", "≤780", "元/人·月"),
            ("效益指标", "社会效益指标", "零就业家庭动态清零率", pct(1), None),
            (None, "可持续影响指标", "公益性岗位退出机制", "健全", None),
            ("满意度指标", "服务对象满意度指标", "上岗人员满意度", "≥90%", None),
        ],
    )
    footer(s, "罗佳", "0731-8823405", "2025年11月26日")
    return b


@variant("mt10-stacked-chuangye-wrong", (2, 12), "two projects stacked, 户 and 人, money off")
def mt10() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 32, 16, 14, 14))
    s.title("2026年度项目支出绩效目标表", 6)
    project_head(
        s,
        year=2026,
        title="",
        name="一次性创业补贴",
        dept="溪口县人力资源和社会保障局",
        unit="溪口县就业服务中心",
        money=[
            ("年度资金总额", money(300, WAN), "其中：财政拨款", money(300, WAN)),
            ("其他资金", money(0, WAN), None, None),
        ],
        goals=["对首次创办小微企业或从事个体经营的重点群体按每人5000元发放一次性创业补贴。"],
    )
    _table(
        s,
        [
            (
                "产出指标",
                "数量指标",
                "享受一次性创业补贴人数",
                mk("≥600户", "T112", "error", note="a per-person standard, counted in 户"),
                "人",
            ),
            (None, "质量指标", "补贴对象资格审核准确率", pct(1), None),
            (None, "时效指标", "补贴审核发放时限", "≤20", "个工作日"),
            (None, "成本指标", "一次性创业补贴标准", "≤5000", "元/人"),
            ("效益指标", "社会效益指标", "补贴对象创业实体存活率", "≥80%", None),
            (None, None, "带动就业人数", "≥1200", "人"),
            ("满意度指标", "服务对象满意度指标", "创业人员满意度", "≥90%", None),
        ],
    )
    project_head(
        s,
        year=2026,
        title="",
        name="创业担保贷款贴息",
        dept="溪口县人力资源和社会保障局",
        unit="溪口县就业服务中心",
        money=[
            (
                "年度资金总额",
                mk(money(460, WAN), "B101", "error", note="350 + 90 = 440, not 460"),
                "其中：财政拨款",
                money(350, WAN),
            ),
            ("其他资金", money(90, WAN), None, None),
        ],
        goals=["为创业者发放创业担保贷款不少于1.6亿元，按规定给予贷款贴息，扶持创业不少于800人。"],
    )
    _table(
        s,
        [
            ("产出指标", "数量指标", "新发放创业担保贷款", "≥16000", "万元"),
            (None, None, "扶持创业人数", "≥800", "人"),
            (None, "质量指标", "贷款逾期率", "≤2%", None),
            (None, "时效指标", "贴息资金按季度拨付及时率", "≥98%", None),
            (None, "成本指标", "个人贷款贴息上限", "≤3000", "元/人·年"),
            ("效益指标", "社会效益指标", "带动就业人数", "≥2000", "人"),
            ("满意度指标", "服务对象满意度指标", "贷款对象满意度", "≥90%", None),
        ],
    )
    footer(s, "孙雅", "0797-5542063", "2025年12月5日")
    return b
