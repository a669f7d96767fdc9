"""税务 returns: a three-year 综合治税 platform (办理期限 in 工作日 and 日内, word operators,
numbered tier labels), ASCII operators with slips, two stacked service projects, and a tax
bureau's department table whose money does not add up."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout41.forms import detail_lines
from tests.variants.holdout41.registry import variant
from tests.variants.kit import Book, mk, money


@variant(
    "iy10-tax-platform-three-years-ok",
    (5, 8, 12),
    "three-year project, OLD-NAT, numbered tier labels (一、产出指标 / 1.数量指标), word "
    "operators (不少于, 不低于, 不超过, 以内, 日内), 中期 and 年度 columns, detail lines",
)
def iy10() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(14, 18, 30, 18, 18, 14))
    project_head(
        s,
        year=2027,
        years=3,
        name="社会综合治税信息平台建设及运维",
        dept="临岗县财政局（201）",
        unit="临岗县社会综合治税办公室",
        attr="延续项目",
        money=[
            ("中期资金总额", money(186), "年度资金总额", money(68.5)),
            ("其中：财政拨款", money(186), "其中：财政拨款", money(68.5)),
            ("其他资金", money(0), "其他资金", money(0)),
        ],
        goals=[
            "到2029年，接入涉税数据共享部门22个以上，累计比对涉税信息90万条以上，建成覆盖全县"
            "的部门协税护税机制，纳税人满意度不低于90%。",
            "接入涉税数据共享部门16个以上，比对涉税信息30万条以上，平台运维费控制在36万元以内，"
            "纳税人满意度不低于90%。",
        ],
    )
    s.row("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "备注")
    s.table(
        [
            (
                "一、产出指标",
                "1.数量指标",
                "接入涉税数据共享部门",
                "不少于22个",
                "不少于16个",
                None,
            ),
            (None, None, "涉税信息比对条数", "不少于90万条", "不少于30万条", None),
            (None, "2.质量指标", "涉税信息比对准确率", "不低于98%", "不低于98%", None),
            (None, None, "平台运行故障率", "不超过1%", "不超过1%", None),
            (
                None,
                "3.时效指标",
                "部门涉税数据推送时限",
                "5个工作日以内",
                "5个工作日以内",
                "每月结束后",
            ),
            (None, None, "涉税投诉举报办理期限", "30日内", "30日内", None),
            (None, "4.成本指标", "平台运维费", "不超过108万元", "不超过36万元", None),
            (
                "二、效益指标",
                "1.经济效益指标",
                "综合治税增收税款",
                "不少于6000万元",
                "不少于2000万元",
                None,
            ),
            (None, "2.社会效益指标", "部门涉税信息共享机制", "健全", "健全", None),
            (None, "3.可持续影响指标", "部门协税护税长效机制", "持续完善", "逐步完善", None),
            (
                "三、满意度指标",
                "1.服务对象满意度指标",
                "纳税人满意度",
                "不低于90%",
                "不低于90%",
                None,
            ),
        ],
        merged=(1, 2),
    )
    detail_lines(
        s,
        1,
        "2027年度预算明细",
        [
            ("平台运维服务", money(36), "按运维合同"),
            ("数据交换接口改造", money(24), "6个部门接口×4万元"),
            ("协税护税宣传", money(8.5), "宣传资料及活动"),
            ("合计", money(68.5), None),
        ],
    )
    return b


@variant(
    "iy11-tax-assist-wrong",
    (9, 12),
    "project, OLD-NAT, ASCII operators (>=, <=): a 完成率 >=95 without %, a satisfaction "
    "95%%, one indicator written twice, detail lines that do not reach their 合计",
)
def iy11() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(14, 16, 32, 18, 14, 14))
    project_head(
        s,
        year=2027,
        name="2027年协税护税工作经费",
        dept="鹤湾县人民政府办公室",
        unit="国家税务总局鹤湾县税务局",
        money=[
            ("年度资金总额", money(52.5), "其中：财政拨款", money(52.5)),
            (None, None, "其他资金", money(0)),
        ],
        goals=[
            "培训协税护税网格员300人次以上，走访重点税源企业150户以上，涉税信息比对准确率"
            "达到98%以上，纳税人满意度达到95%以上。"
        ],
    )
    s.row("一级指标", "二级指标", "三级指标", "年度指标值", "备注", None)
    s.table(
        [
            ("产出指标", "数量指标", "协税护税网格员培训人次", ">=300人次", None),
            (None, None, "重点税源企业走访户数", ">=150户", None),
            (
                None,
                "质量指标",
                "发票风险核查完成率",
                mk(">=95", "T105", "warning", alt=("T116", "T104"), note="a rate without %"),
            ),
            (None, None, "涉税信息比对准确率", ">=98%", None),
            (None, "时效指标", "涉税信息传递时限", "<=5个工作日", None),
            (None, "成本指标", "网格员培训人均成本", "<=200元/人", None),
            ("效益指标", "经济效益指标", "协税护税增收税款", ">=800万元", None),
            (
                None,
                "社会效益指标",
                mk("涉税信息比对准确率", "D101", "warning", row=True, alt=("D102", "D103")),
                ">=98%",
                None,
            ),
            (None, "可持续影响指标", "协税护税网格化管理机制", "长期有效", None),
            (
                "满意度指标",
                "服务对象满意度指标",
                "纳税人满意度",
                mk(">=95%%", "T116", "warning"),
                None,
            ),
        ],
        merged=(1, 2),
    )
    detail_lines(
        s,
        1,
        "资金测算明细",
        [
            ("网格员培训", money(6), "300人次×200元"),
            ("入户走访交通及资料", money(18), "150户×1200元"),
            ("涉税信息平台数据对接", money(24.5), "按合同"),
            ("合计", mk(money(52.5), "B102", "error", row=True, note="6 + 18 + 24.5 = 48.5")),
        ],
    )
    return b


@variant(
    "iy12-tax-service-stacked-ok",
    (2,),
    "two one-year projects stacked in one sheet, OLD-NAT, one value column: the same "
    "indicator name with different values in the two projects",
)
def iy12() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标", widths=(14, 16, 32, 18, 14, 14))
    header = ("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "备注")
    project_head(
        s,
        year=2027,
        name="不动产交易税费“一窗办理”运行经费",
        dept="沅溪县税务局",
        unit="沅溪县不动产登记交易中心",
        money=[
            ("年度资金总额", money(42), "其中：财政拨款", money(42)),
            (None, None, "其他资金", money(0)),
        ],
        goals=["全年“一窗”受理不动产交易税费业务6000件以上，即办率95%以上，群众办事只跑一次。"],
    )
    s.row(*header)
    s.table(
        [
            ("产出指标", "数量指标", "“一窗”受理不动产交易税费业务量", "≥6000", "件", None),
            (None, "质量指标", "税费业务即办率", "≥95%", None, None),
            (None, "时效指标", "存量房交易税费办理时长", "≤60", "分钟", None),
            (None, "成本指标", "窗口运行经费", "≤42", "万元", None),
            ("效益指标", "社会效益指标", "群众办事跑动次数", "≤1", "次", None),
            ("满意度指标", "服务对象满意度指标", "纳税人满意度", "≥90%", None, None),
        ],
        merged=(1, 2),
    )
    s.skip()
    project_head(
        s,
        year=2027,
        title="",
        name="12366纳税服务热线分中心运行经费",
        dept="沅溪县税务局",
        unit="沅溪县税务局纳税服务中心",
        money=[
            ("年度资金总额", money(56.8), "其中：财政拨款", money(56.8)),
            (None, None, "其他资金", money(0)),
        ],
        goals=["全年接听纳税咨询8万通以上，热线接通率90%以上，咨询解答准确率95%以上。"],
    )
    s.row(*header)
    s.table(
        [
            ("产出指标", "数量指标", "热线咨询接听量", "≥8", "万通", None),
            (None, None, "热线坐席人数", "≥8", "人", None),
            (None, "质量指标", "热线接通率", "≥90%", None, None),
            (None, None, "咨询解答准确率", "≥95%", None, None),
            (None, "时效指标", "转办工单办理期限", "≤3", "个工作日", None),
            (None, "成本指标", "坐席人员人均经费", "≤5.6", "万元/人", None),
            ("效益指标", "社会效益指标", "纳税人涉税诉求解决水平", "有效提升", None, None),
            ("满意度指标", "服务对象满意度指标", "纳税人满意度", "≥92%", None, None),
        ],
        merged=(1, 2),
    )
    return b


@variant(
    "iy13-tax-department-wrong",
    (12, 13),
    "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, key tasks short of 金额合计, a "
    "time limit given as a percentage",
)
def iy13() -> Book:
    b = Book()
    s = b.sheet("部门整体", widths=(16, 18, 32, 16, 16, 14))
    department_head(
        s,
        year=2027,
        dept="国家税务总局石岭县税务局",
        budget=[
            (
                mk(money(3120.6), "B101", "error", row=True, note="2480.6 + 600 = 3080.6"),
                money(3050.6),
                money(70),
                money(2480.6),
                money(600),
            )
        ],
        tasks=[
            ("纳税服务", "办税服务厅运行、12366热线、纳税人学堂", money(220), "办税便利度提升"),
            ("税收征管", "风险应对、欠税清理、发票管理", money(180), "征管质效提升"),
            ("税收信息化", "电子税务局运维、数据治理", money(150), "系统稳定运行"),
            ("税收宣传", "税收宣传月及政策辅导", money(40), "政策知晓度提高"),
            (
                "金额合计",
                None,
                mk(money(600), "B102", "error", row=True, note="220 + 180 + 150 + 40 = 590"),
            ),
        ],
        goal="目标1：依法组织税费收入，做到应收尽收；目标2：优化办税缴费服务，纳税人满意度"
        "达到90%以上；目标3：推进发票电子化改革，数电发票开具率达到95%以上。",
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", "备注", None)
    s.table(
        [
            ("产出指标", "数量指标", "纳税人学堂培训场次", "≥24场", None),
            (None, None, "税收风险应对任务户数", "≥350户", None),
            (None, "质量指标", "数电发票开具率", "≥95%", None),
            (None, None, "税收风险应对任务完成率", "≥98%", None),
            (
                None,
                "时效指标",
                "出口退税平均办理时限",
                mk("95%", "T113", "warning", note="a time limit given as a percentage"),
            ),
            ("成本指标", "经济成本指标", "办税服务厅运行费用", "≤220万元", None),
            ("效益指标", "社会效益指标", "办税缴费便利度", "持续提升", None),
            (None, "可持续影响指标", "税费征管数字化水平", "不断提高", None),
            ("满意度指标", "服务对象满意度指标", "纳税人满意度", "≥90%", None),
        ],
        merged=(1, 2),
    )
    return b
