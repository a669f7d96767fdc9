"""Stacked projects in one sheet, each with its own head and =SUM total, and a one-year table
that goes on to a 续表 sheet."""

from __future__ import annotations

from tests.variants.holdout183.common import FBook, cday, continued, n, p, project_head, sign_off, w
from tests.variants.holdout183.registry import variant
from tests.variants.kit import Book, Sheet, mk

COLS = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位", "指标解释")
WIDTHS = (12, 14, 26, 8, 16, 10, 44)


def _fitness(s: Sheet) -> None:
    project_head(
        s,
        year=2026,
        name="全民健身路径更新项目",
        dept="泷川县文化体育和旅游局（221）",
        unit="泷川县全民健身服务中心",
        annual=(88.00, 12.00),
        title="2026年度项目支出绩效目标申报表（项目一）",
        goals=["更新行政村健身路径40条，器材安装合格，群众就近健身更加方便。"],
    )
    s.row(*COLS)
    s.table(
        [
            (
                "产出指标",
                "数量指标",
                "更新健身路径条数",
                "≥",
                n(40, "条"),
                "条",
                "每条不少于10件器材。",
            ),
            (None, "质量指标", "器材安装验收合格率", "≥", p(0.98), "%", "合格件数÷安装件数×100%。"),
            (
                None,
                "时效指标",
                "器材安装完成时间",
                "≤",
                cday(2026, 9, 30),
                None,
                "国庆前完成安装。",
            ),
            (
                None,
                "成本指标",
                "每条健身路径更新成本",
                "≤",
                2.4,
                "万元/条",
                "器材采购和安装（40条×2.4万元=96万元）。",
            ),
            (
                "效益指标",
                "社会效益指标",
                "受益行政村覆盖率",
                "≥",
                p(0.3),
                "%",
                "本年更新路径的行政村÷全县行政村×100%（40÷132）。",
            ),
            ("满意度指标", "服务对象满意度指标", "群众满意度", "≥", p(0.9), "%", "村民代表问卷。"),
        ],
        merged=(1, 2),
    )


@variant(
    "ok06-stacked-sports",
    (2, 1),
    "two one-year projects stacked in one sheet, OLD-NAT, "
    "each with its own =SUM total, the same 群众满意度 name in both",
)
def ok06() -> Book:
    b = FBook()
    s = b.sheet("绩效目标表", WIDTHS)
    _fitness(s)
    s.skip()
    project_head(
        s,
        year=2026,
        name="县运动会及社区体育赛事项目",
        dept="泷川县文化体育和旅游局（221）",
        unit="泷川县体育运动学校",
        annual=(46.00, 4.00),
        title="2026年度项目支出绩效目标申报表（项目二）",
        goals=["举办第九届县运动会和社区体育赛事30场，参赛群众不少于6000人次。"],
    )
    s.row(*COLS)
    s.table(
        [
            (
                "产出指标",
                "数量指标",
                "举办社区体育赛事场次",
                "≥",
                n(30, "场"),
                "场",
                "含县运动会各项目。",
            ),
            (None, None, "参赛群众人次", "≥", n(6000, "人次"), "人次", "以报名系统为准。"),
            (None, "质量指标", "赛事裁判持证上岗率", "=", p(1), "%", "全部裁判持证执裁。"),
            (None, "时效指标", "县运动会举办时间", "≤", cday(2026, 10, 31), None, "10月底前闭幕。"),
            (None, "成本指标", "每场赛事平均成本", "≤", 1.6, "万元/场", "30场×1.6万元=48万元。"),
            ("效益指标", "社会效益指标", "赛事安全事故发生数", "=", n(0, "起"), "起", "目标为零。"),
            ("满意度指标", "服务对象满意度指标", "群众满意度", "≥", p(0.9), "%", "参赛群众问卷。"),
        ],
        merged=(1, 2),
    )
    sign_off(s, "黎远", 2026)
    return b


@variant(
    "ok13-sorting-campaign",
    (7, 1),
    "one-year project, OLD-NAT, the table goes on to a 续表 "
    'sheet: there a 知晓率 typed as a count in 0"人" format and a satisfaction with '
    "= in the operator column",
)
def ok13() -> Book:
    b = FBook()
    s = b.sheet("绩效目标表", WIDTHS)
    project_head(
        s,
        year=2026,
        name="金塘区生活垃圾分类宣传督导项目",
        dept="金塘区城市管理局（118）",
        unit="金塘区环境卫生服务中心",
        annual=(138.00, 0.0),
        goals=[
            "在全区86个小区开展垃圾分类桶边督导和宣传，居民分类知晓率达到90%，分类准确率稳步提高。"
        ],
    )
    s.row(*COLS)
    s.table(
        [
            (
                "产出指标",
                "数量指标",
                "桶边督导覆盖小区数",
                "≥",
                n(86, "个"),
                "个",
                "以督导服务合同清单为准。",
            ),
            (None, None, "入户宣传户数", "≥", n(42000, "户"), "户", "督导员入户发放指南并登记。"),
            (
                None,
                "质量指标",
                "督导员在岗率",
                "≥",
                p(0.95),
                "%",
                "抽查投放时段在岗次数÷抽查次数×100%。",
            ),
            (
                None,
                "时效指标",
                "督导服务开始时间",
                "≤",
                cday(2026, 3, 1),
                None,
                "合同签订后即进场。",
            ),
            (
                None,
                "成本指标",
                "每小区年督导成本",
                "≤",
                1.55,
                "万元/个",
                "86个×1.55万元=133.3万元。",
            ),
            (
                "效益指标",
                "社会效益指标",
                "居民分类投放准确率",
                "≥",
                p(0.75),
                "%",
                "抽查桶内分类正确的桶数÷抽查桶数×100%。",
            ),
        ],
        merged=(1, 2),
    )
    s2 = continued(b, "2026年度项目支出绩效目标申报表（续表）", COLS, WIDTHS)
    s2.table(
        [
            (
                None,
                "社会效益指标",
                "居民垃圾分类知晓率",
                "≥",
                mk(
                    n(1200, "人"),
                    "T105",
                    "error",
                    alt=("T112", "D104"),
                    note="a 知晓率 shown 1200人",
                ),
                "%",
                "抽样问卷中答对分类知识的居民比例。",
            ),
            (
                None,
                "可持续影响指标",
                "小区分类督导长效机制",
                None,
                "建立并运行",
                None,
                "督导结束后由物业和志愿者接续。",
            ),
            (
                "满意度指标",
                "服务对象满意度指标",
                "居民满意度",
                mk("=", "T107", "warning", row=True, note="= on a satisfaction rate"),
                p(0.95),
                "%",
                "年末入户问卷。",
            ),
        ],
        merged=(1, 2),
    )
    sign_off(s2, "简安", 2026)
    return b


@variant(
    "ok14-stacked-footnotes",
    (2, 4),
    "two one-year projects stacked, NAT-2021, footnotes under each table and a signature line",
)
def ok14() -> Book:
    b = FBook()
    s = b.sheet("项目绩效目标", WIDTHS)
    project_head(
        s,
        year=2026,
        name="河长制巡河保洁项目",
        dept="白鹭湾区水务局（305）",
        unit="白鹭湾区河道管理所",
        annual=(154.00, 0.0),
        goals=["完成区管12条河道日常巡查和保洁，河面漂浮物及时清理，河道水质稳定。"],
    )
    s.row(*COLS)
    s.table(
        [
            (
                "产出指标",
                "数量指标",
                "保洁河道长度",
                "≥",
                n(68.5, "公里", 1),
                "公里",
                "区管12条河道合计。",
            ),
            (
                None,
                "质量指标",
                "河面保洁考核达标率",
                "≥",
                p(0.95),
                "%",
                "月度考核达标次数÷考核次数×100%。",
            ),
            (
                None,
                "时效指标",
                "漂浮物发现后清理时限",
                "≤",
                n(4, "小时"),
                "小时",
                "巡查发现至清理完毕。",
            ),
            (
                "成本指标",
                "经济成本指标",
                "每公里河道年保洁成本",
                "≤",
                2.2,
                "万元/公里",
                "68.5公里×2.2万元=150.7万元。",
            ),
            (
                "效益指标",
                "生态效益指标",
                "区管河道水质达标断面比例",
                "≥",
                p(0.9),
                "%",
                "按月监测。",
            ),
            ("满意度指标", "服务对象满意度指标", "沿河居民满意度", "≥", p(0.9), "%", "年末问卷。"),
        ],
        merged=(1, 2),
    )
    s.row("注：河道长度以区河长办2025年河道名录为准。", merge=[(1, 7)])
    s.skip()
    project_head(
        s,
        year=2026,
        name="小型水库安全运行管护项目",
        dept="白鹭湾区水务局（305）",
        unit="白鹭湾区水库管理站",
        annual=(72.00, 8.00),
        title="",
        goals=["落实9座小型水库专业化管护，汛期安全度汛，不发生垮坝事故。"],
    )
    s.row(*COLS)
    s.table(
        [
            (
                "产出指标",
                "数量指标",
                "专业化管护水库座数",
                "=",
                n(9, "座"),
                "座",
                "区内全部小(2)型以上水库。",
            ),
            (None, "质量指标", "大坝安全隐患整改率", "≥", p(0.95), "%", "按年度安全鉴定问题清单。"),
            (None, "时效指标", "汛前检查完成时间", "≤", cday(2026, 4, 30), None, "4月底前完成。"),
            (
                "成本指标",
                "经济成本指标",
                "每座水库年管护成本",
                "≤",
                8.5,
                "万元/座",
                "9座×8.5万元=76.5万元。",
            ),
            ("效益指标", "社会效益指标", "水库垮坝事故发生数", "=", n(0, "起"), "起", "目标为零。"),
            (
                None,
                "可持续影响指标",
                "水库管护责任制落实",
                None,
                "持续落实",
                None,
                "三个责任人全覆盖。",
            ),
            ("满意度指标", "服务对象满意度指标", "下游群众满意度", "≥", p(0.9), "%", "汛后问卷。"),
        ],
        merged=(1, 2),
    )
    s.row("注：管护成本含巡查人员劳务、安全监测和小修养护。", merge=[(1, 7)])
    sign_off(s, "龚潮", 2026)
    return b


@variant(
    "ok16-stacked-wrong",
    (2, 1),
    "two one-year projects stacked, OLD-NAT: the second's "
    "年度资金总额 typed (95万元) instead of its =SUM (80 + 10), and a completion date in "
    "2027 for a 2026 project",
)
def ok16() -> Book:
    b = FBook()
    s = b.sheet("绩效目标表", WIDTHS)
    _fitness(s)
    s.skip()
    project_head(
        s,
        year=2026,
        name="公共体育场馆免费低收费开放项目",
        dept="泷川县文化体育和旅游局（221）",
        unit="泷川县体育中心",
        annual=(80.00, 10.00),
        title="2026年度项目支出绩效目标申报表（项目二）",
        typed_total=mk(w(95.00), "B101", "error", note="80 + 10 = 90, not 95"),
        goals=["体育馆、游泳馆和田径场全年免费或低收费开放，接待健身群众不少于25万人次。"],
    )
    s.row(*COLS)
    s.table(
        [
            ("产出指标", "数量指标", "场馆年开放天数", "≥", n(330, "天"), "天", "含节假日。"),
            (None, None, "接待健身群众人次", "≥", n(250000, "人次"), "人次", "以闸机计数为准。"),
            (None, "质量指标", "场馆设施完好率", "≥", p(0.95), "%", "按月巡检。"),
            (
                None,
                "时效指标",
                "场馆维修改造完成时间",
                "≤",
                mk(cday(2027, 6, 30), "Y102", "error", note="2027 date in a 2026 one-year project"),
                None,
                "游泳馆水处理设备维修。",
            ),
            (
                None,
                "成本指标",
                "每人次开放补助成本",
                "≤",
                3.5,
                "元/人次",
                "25万人次×3.5元=87.5万元。",
            ),
            (
                "效益指标",
                "社会效益指标",
                "经常参加体育锻炼人数比例",
                "≥",
                p(0.4),
                "%",
                "县体育局年度调查。",
            ),
            (
                "满意度指标",
                "服务对象满意度指标",
                "健身群众满意度",
                "≥",
                p(0.9),
                "%",
                "场馆现场评价。",
            ),
        ],
        merged=(1, 2),
    )
    sign_off(s, "黎远", 2026)
    return b
