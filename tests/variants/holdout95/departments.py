"""Returns la13–la14: two 部门整体 tables (民政局, 数据局)."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout95.common import CITY, YEAR, footer, w
from tests.variants.holdout95.registry import variant
from tests.variants.kit import Book, mk


@variant("la13-mzj-department", (), "department, NAT-2021, key tasks adding up to 项目支出")
def la13() -> Book:
    b = Book()
    s = b.sheet("部门整体", (16, 18, 30, 16, 16, 16))
    department_head(
        s,
        year=YEAR,
        dept=f"{CITY}民政局",
        budget=[(w(5820), w(5600), w(220), w(1820), w(4000))],
        tasks=[
            (
                "居家养老服务补贴",
                "为经济困难老年人提供居家养老服务补贴",
                w(860),
                "服务老年人4200人以上",
            ),
            (
                "困难群众基本生活救助",
                "城乡低保、特困供养资金发放",
                w(2600),
                "应保尽保，按时足额发放",
            ),
            ("未成年人保护", "困境儿童基本生活保障和关爱服务", w(540), "困境儿童保障全覆盖"),
            ("金额合计", None, w(4000), None),
        ],
        goal="落实社会救助和养老服务政策，保障困难群众基本生活，提升基层民政服务能力。",
    )
    s.row("年度绩效指标", "一级指标", "二级指标", "三级指标", "指标值", None)
    top = s.r
    s.table(
        [
            (None, "产出指标", "数量指标", "享受居家养老服务补贴老年人", "≥4200人"),
            (None, None, None, "城乡低保对象", "≥1800人"),
            (None, None, None, "困境儿童关爱服务", "≥12000人次"),
            (None, None, "质量指标", "救助资金社会化发放率", "≥98%"),
            (None, None, "时效指标", "低保审批办理时限", "≤20个工作日"),
            (None, "成本指标", "经济成本指标", "困境儿童人均关爱服务成本", "≤400元/人次"),
            (None, "效益指标", "社会效益指标", "困难群众应保尽保率", "≥98%"),
            (None, None, "可持续影响指标", "基层民政服务站点覆盖率", "≥90%"),
            (None, "满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90%"),
        ],
        merged=(2, 3),
    )
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    footer(s, "潘丽华", "0571-8800 7020")
    return b


@variant(
    "la14-sjj-department", (), "department, NAT-2021: 资金总额 and key tasks that do not add up"
)
def la14() -> Book:
    b = Book()
    s = b.sheet("部门整体", (16, 18, 30, 16, 16, 16))
    department_head(
        s,
        year=YEAR,
        dept=f"{CITY}数据资源管理局",
        budget=[
            (
                mk(w(3260), "B101", "error", note="3100 + 150 = 3250"),
                w(3100),
                w(150),
                w(960),
                w(2300),
            )
        ],
        tasks=[
            ("数据共享交换平台运维", "平台运维及系统接入", w(1000), "平台可用率99.5%以上"),
            ("公共数据开放", "数据治理与开放目录建设", w(850), "开放数据集300个以上"),
            ("城市大脑应用场景", "新增应用场景开发", w(400), "新增场景10个以上"),
            ("金额合计", None, mk(w(2300), "B102", "error", note="1000 + 850 + 400 = 2250"), None),
        ],
        goal="提升公共数据归集共享和开放水平，支撑城市数字化治理。",
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", None, None)
    s.table(
        [
            ("产出指标", "数量指标", "开放数据集", "≥300个"),
            (None, None, "新增城市大脑应用场景", "≥10个"),
            (None, None, "新增接入部门业务系统", "≥35个"),
            (None, "质量指标", "平台年可用率", "≥99.5%"),
            (None, None, "公共数据质量问题整改率", "≥95%"),
            (None, "时效指标", "数据共享申请响应时间", "≤3个工作日"),
            ("成本指标", "经济成本指标", "单个应用场景开发费用", "≤40万元"),
            ("效益指标", "社会效益指标", "高频政务事项数据共享免提交率", "≥80%"),
            (None, "可持续影响指标", "数据目录动态更新", "≥4次"),
            ("满意度指标", "服务对象满意度指标", "数据使用部门满意度", "≥90%"),
        ],
        merged=(1, 2),
    )
    footer(s, "章伟", "0571-8801 2250")
    return b
