"""Project returns lk08–lk10: stacked projects with spacer rows, 指标性质 as direction, 比较符
in words with values typed as numbers in a unit format."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout105.common import NUM_REN, blocks, finish, sign, wan
from tests.variants.holdout105.registry import variant
from tests.variants.kit import Book, C, day, mk, pct

GE = '"≥"0'
GE_PCT = '"≥"0%'


@variant(
    "lk08-stacked-two-projects",
    (2,),
    "two projects stacked in one sheet, OLD-NAT, unit "
    "column merged across rows, spacer rows between tier blocks and between projects",
)
def lk08() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标", (14, 14, 28, 16, 10, 26))
    project_head(
        s,
        year=2027,
        name="松岩县中小学校舍维修项目",
        dept="松岩县教育局 301",
        unit="松岩县教育后勤服务中心",
        money=[
            ("资金总额", wan(540), "其中：财政拨款", wan(500)),
            ("其他资金", wan(40), None, None),
        ],
        title="松岩县教育局2027年度项目支出绩效目标申报表",
        goals=["完成12所农村中小学校舍维修，消除校舍安全隐患。"],
    )
    h = s.row("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "备注")
    blocks(
        s,
        [
            [
                ("产出指标", "数量指标", "维修学校", C(12, GE), "所", ""),
                (None, None, "维修校舍面积", C(18000, GE), "平方米", ""),
                (None, "质量指标", "维修工程\n验收合格率", pct(1), "%", ""),
                (None, "时效指标", "暑期施工\n完成时间", "2027.8.25前", "", "开学前完工"),
                (None, "成本指标", "校舍维修单价", C(300, '"≤"0'), "元/平方米", ""),
            ],
            [
                ("效益指标", "社会效益指标", "校舍安全隐患\n消除率", pct(1), "%", ""),
                (None, "可持续影响指标", "校舍安全\n巡查机制", "健全", "", ""),
            ],
            [("满意度指标", "服务对象满意度指标", "师生满意度", pct(0.9, GE_PCT), "%", "")],
        ],
        merged=(1, 2, 5),
    )
    s.skip(2)
    project_head(
        s,
        year=2027,
        name="松岩县学生营养改善计划",
        dept="松岩县教育局 301",
        unit="松岩县学生资助管理中心",
        money=[
            ("资金总额", wan(720), "其中：财政拨款", wan(720)),
            ("其他资金", wan(0), None, None),
        ],
        title="",
        goals=["为农村义务教育学生提供营养膳食补助，改善学生营养健康状况。"],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "备注")
    blocks(
        s,
        [
            [
                ("产出指标", "数量指标", "受益学生", C(7000, GE), "人", ""),
                (None, None, "供餐学校", C(46, GE), "所", ""),
                (None, "质量指标", "食品安全\n抽检合格率", pct(1), "%", ""),
                (None, "时效指标", "补助资金\n拨付时间", "每学期开学后\n1个月内", "", ""),
                (None, "成本指标", "膳食补助标准", C(5, '"≤"0'), "元/人·天", "每年200天"),
            ],
            [("效益指标", "社会效益指标", "学生营养\n健康状况", "持续改善", "", "")],
            [("满意度指标", "服务对象满意度指标", "学生家长满意度", pct(0.9, GE_PCT), "%", "")],
        ],
        merged=(1, 2, 5),
    )
    sign(s, "闻舟", "0912-3358801", "2026年11月16日")
    finish(s, h, 6)
    return b


@variant(
    "lk09-safety-direction-year",
    (11,),
    "project, NAT-2021, 指标性质 as direction, "
    "operators in the values, names over two lines; dates in the wrong year, ≥ on a 反向 rate",
)
def lk09() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 28, 16, 10, 26))
    project_head(
        s,
        year=2027,
        name="云溪区安全生产监管执法项目",
        dept="云溪区应急管理局 518",
        unit="云溪区应急管理综合行政执法大队",
        start=mk(
            day(2026, 1, 1),
            "Y101",
            "error",
            row=True,
            alt=("Y102", "Y103"),
            note="plan dates 2026 on a 2027 return",
        ),
        end=day(2026, 12, 31),
        money=[
            ("资金总额", wan(136), "其中：财政拨款", wan(136)),
            ("其他资金", wan(0), None, None),
        ],
        goals=["开展安全生产执法检查和隐患排查，遏制较大以上生产安全事故。"],
    )
    h = s.row("一级指标", "二级指标", "三级指标", "指标值", "指标性质", "备注")
    blocks(
        s,
        [
            [
                ("产出指标", "数量指标", "执法检查\n企业数", "≥800家", "正向", ""),
                (None, None, "排查整改\n一般隐患", "≥1500项", "正向", ""),
                (None, "质量指标", "重大隐患\n整改率", pct(1), "正向", ""),
                (None, "时效指标", "隐患整改\n平均时限", "≤30天", "反向", ""),
            ],
            [("成本指标", "经济成本指标", "执法装备\n购置费用", "≤36万元", "反向", "")],
            [
                (
                    "效益指标",
                    "社会效益指标",
                    "生产安全事故\n发生率",
                    mk("≥2‰", "T108", "warning", row=True, note="事故发生率 is 反向 but written ≥"),
                    "反向",
                    "",
                ),
                (None, None, "较大以上\n生产安全事故", "0起", "反向", "杜绝"),
                (None, "可持续影响指标", "执法规范化\n建设", "持续完善", "正向", ""),
            ],
            [("满意度指标", "服务对象满意度指标", "企业满意度", pct(0.85, GE_PCT), "正向", "")],
        ],
        merged=(1, 2),
    )
    sign(s, "钟岳", "0759-2268403", "2026年11月22日")
    finish(s, h, 6)
    return b


@variant(
    "lk10-jobs-operator-words",
    (1,),
    "project, OLD-NAT, 比较符 in words (大于等于), values "
    "typed as numbers with unit formats, unit column merged across rows, spacer rows",
)
def lk10() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 14, 26, 12, 14, 10, 24))
    project_head(
        s,
        year=2027,
        name="北湾市就业技能提升行动",
        dept="北湾市人力资源和社会保障局 147",
        unit="北湾市职业技能鉴定指导中心",
        money=[
            ("资金总额", wan(640), "其中：财政拨款", wan(600)),
            ("其他资金", wan(40), None, None),
        ],
        goals=["开展补贴性职业技能培训，提升劳动者就业能力。"],
    )
    h = s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位", "备注")
    blocks(
        s,
        [
            [
                (
                    "产出指标",
                    "数量指标",
                    "补贴性职业技能\n培训人数",
                    "大于等于",
                    C(4000, NUM_REN),
                    "人",
                    "",
                ),
                (None, None, "其中：脱贫劳动力\n培训人数", "大于等于", C(600, NUM_REN), None, ""),
                (
                    None,
                    None,
                    "取得职业资格或\n技能等级证书人数",
                    "大于等于",
                    C(2800, NUM_REN),
                    None,
                    "",
                ),
                (None, "质量指标", "培训合格率", "大于等于", pct(0.85), "%", ""),
                (
                    None,
                    "时效指标",
                    "补贴资金\n发放时限",
                    "小于等于",
                    30,
                    "工作日",
                    "自审核通过之日起",
                ),
                (None, "成本指标", "人均培训补贴", "小于等于", C(1500, '0"元"'), "元/人", ""),
            ],
            [
                ("效益指标", "社会效益指标", "培训后就业率", "大于等于", pct(0.7), "%", "六个月内"),
                (None, "可持续影响指标", "职业培训\n监管制度", "定性", "健全", "", ""),
            ],
            [("满意度指标", "服务对象满意度指标", "参训人员满意度", "大于等于", pct(0.9), "%", "")],
        ],
        merged=(1, 2, 6),
    )
    sign(s, "蔡望舒", "0533-6710248", "2026年11月14日")
    finish(s, h, 7)
    return b
