"""One more correct return (a 街道 project with 中期 and 年度 columns of a one-year project and a
说明 paragraph) and two with mistakes: a school's scored 部门整体 and a 乡镇 workbook whose
部门整体 money does not add up."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout117.common import YEAR, footer, indicators, project_money, wan
from tests.variants.holdout117.registry import variant
from tests.variants.kit import Book, mk

OLD5 = ("一级指标", "二级指标", "三级指标", "指标值", "备注")


@variant(
    "lw10-street-one-year-both-columns",
    (8, 4),
    "街道办: one-year project with 中期 and "
    "年度 columns alike, tiers merged, a hidden row, a long 说明 paragraph",
)
def lw10() -> Book:
    b = Book()
    s = b.sheet("项目支出", (14, 14, 30, 16, 16, 30))
    project_head(
        s,
        year=YEAR,
        name="背街小巷环境提质",
        dept="东桥街道办事处",
        unit="东桥街道办事处",
        attr="一次性项目",
        money=project_money((88, 88, 0)),
        goals=(
            "完成辖区14条背街小巷路面修补、杆线整理和绿化补植，改善通行环境。",
            "完成辖区14条背街小巷路面修补、杆线整理和绿化补植，改善通行环境。",
        ),
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "备注"),
        [
            ("产出指标", "数量指标", "提质背街小巷条数", "≥14条", "≥14条", "一年期项目，两列相同"),
            (None, None, "修补路面面积", "≥ 8,800 平方米", "≥ 8,800 平方米", None),
            (None, None, "补植绿化面积", "≥ 1,200 平方米", "≥ 1,200 平方米", None),
            (None, "质量指标", "工程验收合格率", "＝100％", "＝100％", None),
            (None, "时效指标", "工程完工时间", "10月31日前", "10月31日前", None),
            (None, "成本指标", "路面修补单价", "≤ 80元/平方米", "≤ 80元/平方米", "按市场询价"),
            ("效益指标", "社会效益指标", "居民出行条件", "明显改善", "明显改善", None),
            (None, "可持续影响指标", "背街小巷长效保洁机制", "建立", "建立", None),
            ("满意度指标", "服务对象满意度指标", "沿线居民满意度", "≥ 90 ％", "≥ 90 ％", None),
        ],
        hide=(2,),
    )
    footer(
        s,
        "说明：1.本项目为一次性项目，实施期即预算年度，中期指标值与年度指标值一致；"
        "2.路面修补8,800平方米×80元=70.4万元，绿化补植及杆线整理17.6万元，合计88万元；"
        "3.指标值中“≥”表示不低于。",
        "陆娟",
        "梁志勇",
        "0739-5502716",
        f"{YEAR - 1}年11月27日",
    )
    return b


@variant(
    "lw17-school-scores-equals",
    (10, 1),
    "初级中学: 部门整体, OLD-NAT, a 分值 column adding to 95, =95% on a satisfaction rate",
)
def lw17() -> Book:
    b = Book()
    s = b.sheet("部门整体", (14, 16, 30, 16, 10, 30))
    department_head(
        s,
        year=YEAR,
        dept="枣林乡初级中学",
        budget=[(wan(612), wan(602), wan(10), wan(528), wan(84))],
        goal="保障学校正常运转，落实资助政策，提高教学质量。",
        tasks=[
            ("公用经费", "生均公用经费", wan(60), "正常运转"),
            ("学生资助", "寄宿生生活补助", wan(24), "应助尽助"),
            ("金额合计", None, wan(84), None),
        ],
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "指标值", "分值", "备注"),
        [
            ("产出指标", "数量指标", "在校学生人数", "≥500人", 10, None),
            (None, None, "资助寄宿生人数", "≥192人", 10, "按1250元/人·年"),
            (None, "质量指标", "资助对象认定准确率", "＝100％", 10, None),
            (None, None, "初中学业水平考试合格率", "≥ 90 ％", 10, None),
            (None, "时效指标", "资助资金发放及时率", "≥ 98 ％", 10, None),
            (None, "成本指标", "生均公用经费标准", "≤ 1,200 元/人·年", 5, None),
            ("效益指标", "社会效益指标", "义务教育巩固率", "≥ 98 ％", 15, None),
            (None, "可持续影响指标", "学校管理制度", "健全", 5, None),
            (
                "满意度指标",
                "服务对象满意度指标",
                "学生及家长满意度",
                mk("=95%", "T107", "warning"),
                20,
                None,
            ),
            ("合计", None, None, None, mk(95, "W101", "error", required=False), None),
        ],
    )
    b.file_mark("W101", "error", note="10×5 + 5 + 15 + 5 + 20 = 95, not 100")
    footer(s, None, "宋雪", "龙斌", "0739-7456201", f"{YEAR - 1}年11月18日")
    return b


@variant(
    "lw18-township-department-sum",
    (12, 2),
    "乡镇政府: 项目支出 and 部门整体 sheets; "
    "资金总额 ≠ 基本支出 + 项目支出, 预算执行率 as a 质量 indicator",
)
def lw18() -> Book:
    b = Book()
    s = b.sheet("项目支出", (14, 14, 30, 16, 36, 14))
    project_head(
        s,
        year=YEAR,
        name="农村环境卫生保洁",
        dept="茶园镇人民政府",
        unit="茶园镇人民政府",
        money=project_money((96, 96, 0)),
        goals=("聘用保洁员对全镇10个村主干道和公共区域日常保洁，生活垃圾日产日清。",),
    )
    indicators(
        s,
        OLD5,
        [
            ("产出指标", "数量指标", "聘用村级保洁员人数", "≥ 60 人", "每村6人"),
            (None, None, "生活垃圾清运量", "≥ 2,400 吨", None),
            (None, "质量指标", "村庄保洁考核达标率", "≥ 90 ％", "镇每月考核"),
            (None, None, "项目预算执行率", mk("≥ 95 ％", "F202", "warning", row=True), None),
            (None, "时效指标", "生活垃圾清运时限", "≤ 24 小时", "日产日清"),
            (None, "成本指标", "保洁员人均工资", "≤ 1.2万元/人·年", None),
            ("效益指标", "生态效益指标", "农村生活垃圾收运处理率", "≥ 90 ％", None),
            (None, "可持续影响指标", "村庄保洁长效机制", "健全", None),
            ("满意度指标", "服务对象满意度指标", "村民满意度", "≥ 90 ％", None),
        ],
    )
    footer(s, None, "刘倩", "曾宪平", "0739-6671203", f"{YEAR - 1}年11月21日")

    d = b.sheet("部门整体", (14, 16, 30, 16, 30, 16))
    department_head(
        d,
        year=YEAR,
        dept="茶园镇人民政府",
        budget=[
            (
                mk(wan(1105), "B101", "error", note="720 + 395 = 1115"),
                wan(1075),
                wan(30),
                wan(720),
                wan(395),
            )
        ],
        goal="保障机关和村级组织正常运转，做好农村环境卫生、社会事务和安全稳定工作。",
        tasks=[
            ("农村环境卫生保洁", "村级保洁员工资及垃圾清运", wan(96), "村庄整洁"),
            ("村级组织运转", "村干部报酬及办公经费", wan(165), "正常运转"),
            ("社会事务", "救助、优抚及残疾人服务", wan(84), "应保尽保"),
            ("安全稳定", "应急、综治及防汛", wan(50), "安全稳定"),
            ("金额合计", None, wan(395), None),
        ],
    )
    indicators(
        d,
        OLD5,
        [
            ("产出指标", "数量指标", "保障行政村个数", "≥10个", None),
            (None, None, "救助困难群众人次", "≥ 800 人次", None),
            (None, "质量指标", "救助对象认定准确率", "＝100％", None),
            (None, "时效指标", "救助资金发放及时率", "≥ 98 ％", None),
            (None, "成本指标", "村级组织办公经费标准", "≤ 3万元/村·年", None),
            ("效益指标", "社会效益指标", "较大以上安全事故", "0起", None),
            (None, "可持续影响指标", "基层治理机制", "不断完善", None),
            ("满意度指标", "服务对象满意度指标", "辖区群众满意度", "≥ 90 ％", None),
        ],
    )
    footer(d, None, "刘倩", "曾宪平", "0739-6671203", f"{YEAR - 1}年11月21日")
    return b
