"""A workbook of several 教育 projects with a 汇总 sheet, and a table converted from a PDF."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout75.common import HEAD4, footer, project_money, wan
from tests.variants.holdout75.registry import variant
from tests.variants.kit import Book, pct

EDU = (
    (
        "义务教育学校课后服务补助",
        "青州市教育服务中心",
        620,
        620,
        "保障全市86所义务教育学校开展课后服务，参与学生不少于6.2万人。",
        [
            ("产出指标", "数量指标", "开展课后服务学校", "≥86所"),
            (None, None, "参与课后服务学生", "≥62000人"),
            (None, "质量指标", "课后服务课程开设达标率", "≥95%"),
            (None, "时效指标", "补助资金拨付时间", "每学期开学后2个月内"),
            ("成本指标", "经济成本指标", "生均课后服务补助标准", "≤100元/人·年"),
            ("效益指标", "社会效益指标", "学生课后服务参与率", "≥85%"),
            (None, "可持续影响指标", "课后服务管理制度", "健全"),
            ("满意度指标", "服务对象满意度指标", "家长满意度", "≥90%"),
        ],
    ),
    (
        "中小学教师能力提升培训",
        "青州市教师发展中心",
        180,
        160,
        "全年培训中小学教师3000人次，其中骨干教师300人。",
        [
            ("产出指标", "数量指标", "教师培训人次", "≥3000人次"),
            (None, None, "骨干教师研修人数", "≥300人"),
            (None, "质量指标", "培训考核合格率", "≥95%"),
            (None, "时效指标", "年度培训计划完成时间", "2027年12月31日前"),
            ("成本指标", "经济成本指标", "人均培训费用", "≤600元"),
            ("效益指标", "社会效益指标", "参训教师课堂教学能力提升率", "≥80%"),
            (None, "可持续影响指标", "教师培训学分管理", "规范"),
            ("满意度指标", "服务对象满意度指标", "参训教师满意度", "≥90%"),
        ],
    ),
    (
        "学校食堂明厨亮灶改造",
        "青州市教育装备中心",
        240,
        240,
        "完成60所中小学食堂明厨亮灶改造，接入市场监管智慧监管平台。",
        [
            ("产出指标", "数量指标", "改造学校食堂", "≥60所"),
            (None, "质量指标", "改造项目验收合格率", pct(1)),
            (None, None, "监控平台接入率", pct(1)),
            (None, "时效指标", "改造完工时间", "2027年8月31日前"),
            ("成本指标", "经济成本指标", "单所食堂改造费用", "≤4万元"),
            ("效益指标", "社会效益指标", "学校食品安全事故发生起数", "0起"),
            (None, "可持续影响指标", "食堂视频巡查制度", "建立并执行"),
            ("满意度指标", "服务对象满意度指标", "师生及家长满意度", "≥90%"),
        ],
    ),
)


@variant(
    "kg08-jiaoyu-workbook-summary",
    (2,),
    "workbook: 汇总 sheet + three one-year project sheets, NAT-2021",
)
def kg08() -> Book:
    b = Book()
    s = b.sheet("汇总", widths=(8, 30, 22, 14, 14, 14))
    s.title("青州市教育局2027年度项目支出绩效目标汇总表", 6)
    s.row("序号", "项目名称", "实施单位", "年度资金（万元）", "其中：财政拨款", "其他资金")
    for i, (name, unit, total, fiscal, *_rest) in enumerate(EDU, start=1):
        s.row(i, name, unit, wan(total), wan(fiscal), wan(total - fiscal))
    s.row("合计", None, None, wan(1040), wan(1020), wan(20), merge=[(1, 3)])
    s.skip()
    s.row("注：各项目绩效目标表见后附工作表。")
    for i, (name, unit, total, fiscal, goal, rows) in enumerate(EDU, start=1):
        p = b.sheet(f"项目{i}")
        project_head(
            p, year=2027, name=name, dept="青州市教育局（321）", unit=unit, attr="延续项目",
            money=project_money(total, fiscal, total, fiscal), goals=(goal,),
        )  # fmt: skip
        p.row(*HEAD4)
        p.table(rows, merged=(1, 2))
        footer(p, "严文", "0539-8902276", "2026年11月20日")
    return b


@variant(
    "kg09-wenlv-from-pdf",
    (4, 9),
    "一年期项目 converted from a PDF: broken header cells, page-break row, repeated header",
)
def kg09() -> Book:
    b = Book()
    s = b.sheet("Table 1", widths=(12, 14, 30, 16, 16, 6))
    project_head(
        s, year=2027, name="乡村旅游重点村提升补助", dept="青州市文化和旅游局（325）",
        unit="青州市旅游发展服务中心", attr="一次性项目", money=project_money(300, 300, 300, 300),
        goals=("支持10个乡村旅游重点村完善游客服务设施，带动接待游客增长10%以上。",),
    )  # fmt: skip
    s.row("一级\n指标", "二级\n指标", "三级指标", "指标值", "备注")
    s.table(
        [
            ("产出指标", "数量指标", "支持乡村旅游重点村", "≥10个", None),
            (None, None, "新建改建游客服务中心", "≥10个", None),
            (None, None, "新增旅游标识标牌", "≥200块", None),
            (None, "质量指标", "建设项目验收合格率", "≥95%", None),
            (None, "时效指标", "项目完工时间", "2027年10月31日前", None),
            ("成本指标", "经济成本指标", "单村补助标准", "≤30万元", None),
        ],
        merged=(1, 2),
    )
    s.row(None, None, "第 1 页，共 2 页", None, None)
    s.row("一级\n指标", "二级\n指标", "三级指标", "指标值", "备注")
    s.table(
        [
            ("效益指标", "经济效益指标", "重点村接待游客人次增长率", "≥10%", "比上年"),
            (None, None, "带动村集体经营性收入增加", "≥150万元", None),
            (None, "社会效益指标", "带动农民就业", "≥300人", None),
            (None, "可持续影响指标", "设施管护责任落实", "到位", None),
            ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%", None),
            (None, None, "重点村村民满意度", "≥90%", None),
        ],
        merged=(1, 2),
    )
    s.row(None, None, "第 2 页，共 2 页", None, None)
    footer(s, "雷鸣", "0539-8911503", "2026年11月23日")
    return b
