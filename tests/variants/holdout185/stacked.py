"""Two projects stacked in one sheet, each with its own head and indicator table."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout185.common import H4, indicators, one_year, signature
from tests.variants.holdout185.registry import variant
from tests.variants.kit import Book, day, mk


@variant(
    "om06-stacked-flood-monitoring",
    (2,),
    "two projects stacked, OLD-NAT, one value "
    "column: the same 满意度 name with different targets in each project, =0人 on 伤亡, "
    "12 断面 × ≤8万元 equal to the 96 万元",
)
def om06() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2026,
        name="平阳县山洪灾害防治非工程措施运行维护",
        dept="平阳县水务局",
        unit="平阳县防汛抗旱服务中心",
        money=one_year(180, 160, 20),
        attr="常年项目",
        goals=(
            "运维自动雨量站64个、预警广播120处，汛期预警信息30分钟内发布到村，山洪"
            "灾害不发生人员伤亡。",
        ),
    )
    indicators(
        s,
        H4,
        [
            ("产出指标", "数量指标", "自动雨量站运维数量", "≥64个"),
            (None, None, "预警广播维护", "≥120处"),
            (None, "质量指标", "监测预警设备完好率", "≥95%"),
            (None, "时效指标", "预警信息发布时限", "≤30分钟"),
            (None, "成本指标", "单站年度运维费用", "≤1.5万元/个"),
            ("效益指标", "社会效益指标", "山洪灾害造成人员伤亡", "=0人"),
            (None, "可持续影响指标", "群测群防体系", "健全"),
            ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"),
        ],
    )
    s.skip()
    project_head(
        s,
        year=2026,
        title="",
        name="平阳县重点河流水质监测",
        dept="平阳县水务局",
        unit="平阳县水文站",
        money=one_year(96, 96, 0),
        attr="常年项目",
        goals=("对县内12个重点河流断面开展每月一次水质监测，掌握水质变化，为河长制考核提供依据。",),
    )
    indicators(
        s,
        H4,
        [
            ("产出指标", "数量指标", "重点河流监测断面", "≥12个"),
            (None, None, "全年监测频次", "≥144次"),
            (None, "质量指标", "监测数据有效率", "≥90%"),
            (None, "时效指标", "监测报告报送时限", "≤10个工作日"),
            (None, "成本指标", "单个断面年度监测费用", "≤8万元/个"),
            ("效益指标", "生态效益指标", "Ⅲ类及以上水质断面比例", "≥83%"),
            ("满意度指标", "服务对象满意度指标", "群众满意度", "≥85%"),
        ],
    )
    signature(s, "钱国华", "0577-6319824", day(2025, 11, 19))
    return b


@variant(
    "om18-stacked-flood-river-defects",
    (2,),
    "two projects stacked, NAT-2021, one value "
    "column: the first lists one 及时率 twice with different targets, the second has a "
    "deadline in 2025 in a 2026 table",
)
def om18() -> Book:
    b = Book()
    s = b.sheet("绩效目标")
    project_head(
        s,
        year=2026,
        name="南岭县山洪灾害监测预警能力提升",
        dept="南岭县水利局",
        unit="南岭县水旱灾害防御中心",
        money=one_year(240, 210, 30),
        attr="新增项目",
        goals=("新建自动雨量站20个、无线预警广播80处，山洪灾害预警信息发布及时率达到95%。",),
    )
    indicators(
        s,
        H4,
        [
            ("产出指标", "数量指标", "新建自动雨量站", "≥20个"),
            (None, None, "新建无线预警广播", "≥80处"),
            (None, "质量指标", "设备安装验收合格率", "≥98%"),
            (None, "时效指标", "预警信息发布及时率", "≥95%"),
            (
                None,
                None,
                mk(
                    "预警信息发布及时率",
                    "D102",
                    "error",
                    row=True,
                    alt=("D101", "D103"),
                    note="the same indicator two rows up with ≥95%",
                ),
                "≥90%",
            ),
            ("成本指标", "经济成本指标", "单个雨量站建设成本", "≤6万元/个"),
            ("效益指标", "社会效益指标", "预警覆盖自然村", "≥150个"),
            ("满意度指标", "服务对象满意度指标", "山区群众满意度", "≥90%"),
        ],
    )
    s.skip()
    project_head(
        s,
        year=2026,
        title="",
        name="南岭县河湖长制巡查及“清四乱”整治",
        dept="南岭县水利局",
        unit="南岭县河长制工作事务中心",
        money=one_year(90, 90, 0),
        attr="常年项目",
        goals=("全年巡查河湖150公里，“四乱”问题整改销号率达到95%，河湖面貌持续改善。",),
    )
    indicators(
        s,
        H4,
        [
            ("产出指标", "数量指标", "巡查河湖长度", "≥150公里"),
            (None, "质量指标", "“四乱”问题整改销号率", "≥95%"),
            (
                None,
                "时效指标",
                "年度整治任务完成时间",
                mk(
                    "2025年12月31日前",
                    "Y102",
                    "error",
                    alt=("Y101", "Y103"),
                    note="a 2025 deadline in a one-year 2026 project",
                ),
            ),
            ("成本指标", "经济成本指标", "河道巡查保洁单价", "≤0.5万元/公里"),
            ("效益指标", "生态效益指标", "河湖水面漂浮物清理率", "≥95%"),
            ("满意度指标", "服务对象满意度指标", "沿河群众满意度", "≥90%"),
        ],
    )
    signature(s, "朱建平", "0746-3327715", day(2025, 11, 27))
    return b
