"""Stacked projects of the 184th held-out set: two projects, each with its own head and
indicator block, in one sheet (ol11, ol13)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout184.common import header, notes, wan
from tests.variants.holdout184.registry import variant
from tests.variants.kit import Book, mk


@variant(
    "ol11-stacked-zero-accidents",
    (2, 11),
    "two one-year projects stacked in one sheet, OLD-NAT, one value column: the same names "
    "(设施验收合格率, 工程完工时间) in both with their own values, =0起 accidents, a ≤0% "
    "增长率 of accidents (correct)",
)
def ol11() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 18, 16, 14))
    project_head(
        s,
        year=2026,
        name="青溪县城区道路交通安全设施完善项目",
        dept="青溪县公安局",
        unit="青溪县公安局交通管理大队",
        money=[
            ("年度资金总额", wan(65), "其中：财政拨款", wan(65)),
            ("其他资金", wan(0), None, None),
        ],
        goals=[
            "2026年在城区新增交通信号灯14组，施划道路标线26公里，城区道路交通事故起数不高于上年。"
        ],
    )
    header(s, "一级指标", "二级指标", "三级指标", "指标值", "备注", None)
    s.table(
        [
            ("产出指标", "数量指标", "新增交通信号灯", "≥14组", None),
            (None, None, "施划道路标线", "≥26公里", None),
            (None, "质量指标", "设施验收合格率", "=100%", None),
            (None, "时效指标", "工程完工时间", "2026年10月31日前", None),
            (None, "成本指标", "信号灯单组建设成本", "≤3万元/组", None),
            (None, None, "道路标线施划成本", "≤0.8万元/公里", None),
            ("效益指标", "社会效益指标", "城区道路交通事故起数增长率", "≤0%", "与上年相比"),
            (None, None, "因设施缺陷引发的交通事故", "=0起", None),
            (None, "可持续影响指标", "交通设施正常使用年限", "≥8年", None),
            ("满意度指标", "服务对象满意度指标", "城区群众满意度", "≥90%", None),
        ],
        merged=(1, 2),
    )
    s.skip()
    project_head(
        s,
        year=2026,
        name="青溪县校园周边安全防护设施建设项目",
        dept="青溪县公安局",
        unit="青溪县公安局治安管理大队",
        attr="一次性项目",
        money=[
            ("年度资金总额", wan(40), "其中：财政拨款", wan(30)),
            ("其他资金", wan(10), None, None),
        ],
        goals=[
            "2026年秋季开学前在全县中小学校周边建成视频监控点位48个，设置护学岗20处，校园周边"
            "涉校安全责任事故为零。"
        ],
    )
    header(s, "一级指标", "二级指标", "三级指标", "指标值", "备注", None)
    s.table(
        [
            ("产出指标", "数量指标", "校园周边视频监控点位", "≥48个", None),
            (None, None, "设置护学岗", "≥20处", None),
            (None, "质量指标", "设施验收合格率", "100%", None),
            (None, "时效指标", "工程完工时间", "2026年8月25日前", "秋季开学前"),
            (None, "成本指标", "单个监控点位建设成本", "≤0.7万元/个", None),
            ("效益指标", "社会效益指标", "校园周边涉校安全责任事故", "=0起", None),
            (None, "可持续影响指标", "监控设施正常运行率", "≥95%", None),
            ("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%", None),
        ],
        merged=(1, 2),
    )
    notes(
        s,
        6,
        "注：1.金额单位为万元；2.校园周边项目其他资金为辖区企业捐赠资金。",
        "单位负责人：汪志成    填表人：邓可欣    联系电话：0579-65075863",
    )
    return b


@variant(
    "ol13-stacked-pass-rate-and-name-count",
    (2, 1),
    "two one-year projects stacked, NAT-2021, one value column with operators inside: the "
    "first has a 作业质量合格率 of ≥100%, the second a count in the name (培训300人次) with "
    "≥360人次 as target",
)
def ol13() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", (14, 16, 30, 18, 16, 14))
    project_head(
        s,
        year=2026,
        name="临河县农作物病虫害统防统治项目",
        dept="临河县农业农村局",
        unit="临河县植保植检站",
        money=[
            ("年度资金总额", wan(90), "其中：财政拨款", wan(90)),
            ("其他资金", wan(0), None, None),
        ],
        goals=[
            "2026年完成农作物病虫害统防统治作业5万亩，病虫害危害损失率控制在5%以内，化学农药"
            "使用量零增长。"
        ],
    )
    header(s, "一级指标", "二级指标", "三级指标", "指标值", "备注", None)
    s.table(
        [
            ("成本指标", "经济成本指标", "统防统治作业补助标准", "≤15元/亩", None),
            ("产出指标", "数量指标", "统防统治作业面积", "≥5万亩", None),
            (
                None,
                "质量指标",
                "防治作业质量合格率",
                mk("≥100%", "T106", "error", note="≥100% on a 合格率"),
                None,
            ),
            (None, "时效指标", "重大病虫害防治响应时间", "≤48小时", "发生后"),
            ("效益指标", "经济效益指标", "病虫害危害损失率", "≤5%", None),
            (None, "生态效益指标", "化学农药使用量增长率", "≤0%", None),
            ("满意度指标", "服务对象满意度指标", "参与农户满意度", "≥90%", None),
        ],
        merged=(1, 2),
    )
    s.skip()
    project_head(
        s,
        year=2026,
        name="临河县高素质农民培育项目",
        dept="临河县农业农村局",
        unit="临河县农业广播电视学校",
        money=[
            ("年度资金总额", wan(54), "其中：财政拨款", wan(54)),
            ("其他资金", wan(0), None, None),
        ],
        goals=[
            "2026年培育高素质农民360人次，学员结业考核合格率达到90%以上，参训学员满意度达到"
            "90%以上。"
        ],
    )
    header(s, "一级指标", "二级指标", "三级指标", "指标值", "备注", None)
    s.table(
        [
            ("成本指标", "经济成本指标", "人均培训成本", "≤1500元/人次", None),
            (
                "产出指标",
                "数量指标",
                "高素质农民培训300人次",
                mk(
                    "≥360人次",
                    "T110",
                    "warning",
                    row=True,
                    alt=("D104",),
                    note="the name says 300人次, the target ≥360人次 (and the goal 360)",
                ),
                None,
            ),
            (None, "质量指标", "学员结业考核合格率", "≥90%", None),
            (None, "时效指标", "培训任务完成时间", "2026年11月30日前", None),
            ("效益指标", "社会效益指标", "培训后学员技能应用率", "≥80%", None),
            (None, "可持续影响指标", "学员跟踪服务机制", "健全", None),
            ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥90%", None),
        ],
        merged=(1, 2),
    )
    notes(s, 6, "填表人：曹一帆    联系电话：0577-66186937")
    return b
