"""Multi-year projects with 中期 and 年度 columns, the 年度 column first in one of them."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import project_head
from tests.variants.holdout138.office import (
    ACC,
    NOTES,
    WANF,
    OfficeBook,
    cover,
    frame,
    lists,
    notes,
    sign,
)
from tests.variants.holdout138.projects import money_rows
from tests.variants.holdout138.registry import variant
from tests.variants.kit import mk, pct


@variant(
    "mr14-annual-before-period",
    (8,),
    'two-year project, NAT-2021, the 年度 column before the 中期 column, #,##0.00"万元" formula '
    "totals, a 封面 and a 填报说明, print titles",
)
def mr14() -> OfficeBook:
    b = OfficeBook()
    cover(b, "项目支出绩效目标申报表", "岚溪市鹤湾区住房和城乡建设局", 2026, "2025年11月8日")
    notes(b, NOTES)
    s = b.sheet("申报表", (14, 16, 28, 20, 20, 16))
    project_head(
        s,
        year=2026,
        years=2,
        name="鹤湾区老旧小区改造配套设施",
        attr="新增项目",
        dept="岚溪市鹤湾区住房和城乡建设局（309）",
        unit="鹤湾区城市更新服务中心",
        money=money_rows(5, 1860, 1500, 360, WANF, period=(3420, 2800, 620)),
        goals=[
            "2026—2027年改造老旧小区22个，加装电梯55部，新增停车位1100个，惠及居民9500户以上。",
            "2026年改造老旧小区12个，加装电梯30部，新增停车位600个。",
        ],
    )
    head = s.row("一级指标", "二级指标", "三级指标", "年度指标值", "中期指标值", "备注")
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "改造老旧小区数量", "=12个", "=22个", None],
        [None, None, "既有住宅加装电梯数量", "≥30部", "≥55部", None],
        [None, None, "新增停车位", "≥600个", "≥1100个", None],
        [None, "质量指标", "改造工程验收合格率", pct(1), pct(1), None],
        [None, "时效指标", "改造任务完成时间", "2026年12月31日前", "2027年12月31日前", None],
        ["成本指标", "经济成本指标", "户均改造补助", "≤0.35万元/户", "≤0.35万元/户", None],
        ["效益指标", "社会效益指标", "受益居民户数", "≥5200户", "≥9500户", None],
        [None, "生态效益指标", "改造小区雨污分流覆盖率", "≥80%", "≥90%", None],
        [None, "可持续影响指标", "小区长效物业管理机制", "初步建立", "健全", None],
        ["满意度指标", "服务对象满意度指标", "小区居民满意度", "≥90%", "≥90%", None],
        [None, None, "加装电梯楼栋住户满意度", "≥90%", "≥90%", None],
    ]
    s.table(rows, merged=(1, 2))
    frame(s, f"{head}:{head}", f"D{head + 1}")
    sign(s, "廖建平", "0739-6231450", "2025年11月8日")
    return b


@variant(
    "mr15-period-count-copied",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns, 会计专用 formula totals, a hidden "
    "dropdown sheet: one cumulative count copied from the period column into the year's",
)
def mr15() -> OfficeBook:
    b = OfficeBook()
    s = b.sheet("绩效目标", (14, 16, 28, 18, 18, 16))
    s.skip(4)
    project_head(
        s,
        year=2026,
        years=3,
        name="澄川县数字乡村建设",
        attr="新增项目",
        dept="澄川县农业农村局（207）",
        unit="澄川县农村信息服务中心",
        money=money_rows(9, 780, 700, 80, ACC, period=(2100, 1900, 200)),
        goals=[
            "2026—2028年新建5G基站120个、村级综合服务站30个，培训农村电商从业人员3000人次。",
            "2026年新建5G基站45个、村级综合服务站10个，培训农村电商从业人员1000人次。",
        ],
    )
    head = s.row("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "备注")
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "新建5G基站", "≥120个", "≥45个", None],
        [
            None,
            None,
            "新建村级综合服务站",
            "≥30个",
            mk(
                "≥30个",
                "D202",
                "warning",
                row=True,
                alt=("D104",),
                note="copied from the period column; the annual goal says 10",
            ),
        ],
        [None, None, "培训农村电商从业人员", "≥3000人次", "≥1000人次", None],
        [None, "质量指标", "数字乡村平台验收合格率", pct(1), pct(1), None],
        [None, "时效指标", "数字乡村平台上线时间", "2026年9月30日前", "2026年9月30日前", None],
        ["成本指标", "经济成本指标", "村级服务站建设单站补助", "≤8万元/个", "≤8万元/个", None],
        ["效益指标", "经济效益指标", "农产品网络零售额增长率", "≥15%", "≥10%", None],
        [None, "社会效益指标", "行政村5G网络通达率", "≥95%", "≥80%", None],
        [None, "可持续影响指标", "数字乡村运维管理机制", "健全", "初步建立", None],
        ["满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", "≥88%", None],
    ]
    last = s.table(rows, merged=(1, 2))
    frame(s, f"{head}:{head}", f"D{head + 1}")
    sign(s, "罗振宇", "0739-7321546", "2025年11月3日")
    lists(b, s, f"A{head + 1}:A{last}")
    return b
