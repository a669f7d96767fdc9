"""Oil-paper umbrella (油纸伞) workshops of 栖桐县: zq01–zq06."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout475.common import YEAR, details, funds, indicators, start, wan
from tests.variants.holdout475.registry import variant
from tests.variants.kit import Book, mk, pct

DEPT = "栖桐县文化广电旅游局 318"
H_OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant("zq01-umbrella-percent-cells", (1, 12),
         "project, OLD-NAT, operator and unit columns, typed percent cells, 万元 in the number "
         "format (correct)")  # fmt: skip
def umbrella_percent_cells() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="伞篷村油纸伞传统技艺传习项目", dept=DEPT,
                 unit="栖桐县非物质文化遗产保护中心",
                 money=funds(wan(48), wan(40), wan(8)),
                 goals=["开办油纸伞传习班6期，培养结业学员90人，补助伞骨竹材1200把。"])  # fmt: skip
    s.row("绩效指标", None, None, None, None, None, merge=[(1, 6)])
    indicators(s, H_OPS, [
        ("产出指标", "数量指标", "油纸伞传统技艺传习班", "≥", 6, "期"),
        (None, None, "传习班结业学员", "≥", 90, "人"),
        (None, "质量指标", "学员结业考核合格率", "≥", pct(0.9), "%"),
        (None, None, "成品伞防水检测达标率", "≥", pct(0.95), "%"),
        (None, "时效指标", "补助资金拨付及时率", "=", pct(1), "%"),
        (None, "成本指标", "伞骨竹材补助标准", "≤", 60, "元/把"),
        ("效益指标", "社会效益指标", "参训学员中返乡青年占比", "≥", pct(0.3), "%"),
        (None, "经济效益指标", "合作社油纸伞销售额增长率", "≥", pct(0.08), "%"),
        (None, "可持续影响指标", "传习基地持续开放年限", "≥", 3, "年"),
        ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("zq02-umbrella-direction-inline", (11,),
         "project, NAT-2021, operators inside the values: a 反向 rate with ≥, a cost cap with =, "
         "a coverage rate given as a count")  # fmt: skip
def umbrella_direction_inline() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="竹岙镇油纸伞作坊提质扶持项目", dept=DEPT,
                 unit="竹岙镇人民政府", money=funds(wan(36), wan(30), wan(6)),
                 goals=["扶持油纸伞作坊15家提升工艺，降低返修率，带动授徒。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "扶持油纸伞作坊", "≥15家"),
        (None, None, "传承人授徒", "≥30人"),
        (None, "质量指标", "伞面开裂返修率",
         mk("≥3%", "T108", "warning", row=True, note="返修率 is 反向: ≤3% meant")),
        (None, None, "传承人授徒覆盖率",
         mk("12人", "T105", "error", note="a 覆盖率 given as a head count")),
        (None, "时效指标", "扶持资金拨付时间", "2026年9月30日前"),
        ("成本指标", "经济成本指标", "单把伞综合制作成本",
         mk("=180元/把", "T108", "warning", row=True, note="= on a cost cap, ≤ meant")),
        ("效益指标", "经济效益指标", "作坊年销售额增长率", "≥10%"),
        (None, "社会效益指标", "新增制伞就业岗位", "≥25个"),
        ("满意度指标", "服务对象满意度指标", "作坊主满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("zq03-umbrella-points", (5, 10),
         "project, NAT-2021, numbered tier labels with points (一、产出指标（50分）, 1.数量指标), "
         "indicator scores adding to 100 too, a share raised in 百分点 (correct)")  # fmt: skip
def umbrella_points() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="栖桐油纸伞非遗工坊研学项目", dept=DEPT,
                 unit="栖桐县文化馆", money=funds(wan(25), wan(25), wan(0)),
                 goals=["建成研学工坊2处，接待研学学生3000人次，提升伞坊二次消费。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("一、产出指标（50分）", "1.数量指标", "建成油纸伞研学工坊", "≥2处", 15),
        (None, None, "接待研学学生", "≥3000人次", 15),
        (None, "2.质量指标", "研学课程评审通过率", "≥90%", 10),
        (None, "3.时效指标", "工坊开放时间", "2026年6月30日前", 10),
        ("二、成本指标（10分）", "1.经济成本指标", "每人次研学材料成本", "≤35元/人次", 10),
        ("三、效益指标（30分）", "1.经济效益指标", "伞坊游客二次消费占比提高", "≥3百分点", 10),
        (None, "2.社会效益指标", "参与研学的中小学校", "≥12所", 10),
        (None, "3.可持续影响指标", "研学课程纳入校本课程", "≥4门", 10),
        ("四、满意度指标（10分）", "1.服务对象满意度指标", "研学学生满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100, merge=[(1, 4)])
    return b


@variant("zq04-umbrella-money-wrong", (1, 12),
         "project, OLD-NAT, operator and unit columns, detail lines under the table: the total is "
         "not 财政拨款 + 其他资金, the lines miss their 合计, a percent over 100")  # fmt: skip
def umbrella_money_wrong() -> Book:
    b, s = start()
    total = mk(wan(95), "B101", "error", note="80 + 10 = 90, not 95")
    project_head(s, year=YEAR, name="栖桐县油纸伞产业作坊联合体建设项目", dept=DEPT,
                 unit="栖桐县伞业协会", money=funds(total, wan(80), wan(10)),
                 goals=["组建油纸伞作坊联合体1个，统一采购竹材和桐油，联合展销。"])  # fmt: skip
    indicators(s, H_OPS, [
        ("产出指标", "数量指标", "入盟油纸伞作坊", "≥", 20, "家"),
        (None, None, "联合展销活动", "≥", 4, "场"),
        (None, "质量指标", "成品伞出厂抽检合格率", "≥",
         mk(pct(1.05), "T106", "error", note="a 合格率 cannot exceed 100%"), "%"),
        (None, "时效指标", "联合采购完成时间", "≤", "2026年5月31日", None),
        (None, "成本指标", "桐油统一采购单价", "≤", 30, "元/千克"),
        ("效益指标", "经济效益指标", "入盟作坊户均增收", "≥", 1.2, "万元"),
        (None, "可持续影响指标", "联合体运行机制", "=", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "入盟作坊满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    details(s, [
        ("伞骨竹材统一采购", wan(32), "竹材16万根×2元"),
        ("桐油与皮纸统一采购", wan(26), "桐油6000千克×30元及皮纸"),
        ("匠人带徒补贴", wan(20), "20家×1万元"),
        ("联合展销", wan(14), "4场×3.5万元"),
    ], mk(wan(95), "B102", "error", note="32 + 26 + 20 + 14 = 92"))  # fmt: skip
    return b


UMB_COLS = ("一级指标", "二级指标", "三级指标", "预期目标")


@variant("zq05-umbrella-stacked", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same indicator name "
         "with different values in each project (correct)")  # fmt: skip
def umbrella_stacked() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="伞篷村油纸伞晾晒场改造项目", dept=DEPT,
                 unit="伞篷村村民委员会", money=funds(wan(18), wan(15), wan(3)),
                 goals=["改造油纸伞晾晒场1200平方米，满足8家作坊晾伞需要。"])  # fmt: skip
    indicators(s, UMB_COLS, [
        ("产出指标", "数量指标", "改造晾晒场面积", "≥1200平方米"),
        (None, "质量指标", "晾晒场验收合格率", "100%"),
        (None, "时效指标", "改造完工时间", "2026年4月30日前"),
        (None, "成本指标", "每平方米改造成本", "≤150元/平方米"),
        ("效益指标", "社会效益指标", "受益制伞作坊", "≥8家"),
        ("满意度指标", "服务对象满意度指标", "制伞户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=YEAR, name="油纸伞文创设计大赛项目", dept=DEPT, title="",
                 unit="栖桐县文化馆", money=funds(wan(12), wan(12), wan(0)),
                 goals=["举办文创设计大赛1届，征集作品不少于150件，转化10款。"])  # fmt: skip
    indicators(s, UMB_COLS, [
        ("产出指标", "数量指标", "征集参赛作品", "≥150件"),
        (None, None, "转化文创产品", "≥10款"),
        (None, "质量指标", "获奖作品原创审查通过率", "100%"),
        (None, "时效指标", "大赛颁奖时间", "2026年10月31日前"),
        (None, "成本指标", "单件获奖作品奖金", "≤5000元/件"),
        ("效益指标", "经济效益指标", "文创产品销售额", "≥20万元"),
        ("满意度指标", "服务对象满意度指标", "制伞户满意度", "≥85%"),
    ])  # fmt: skip
    return b


@variant("zq06-umbrella-template-rows", (6, 13),
         "project, NAT-2021, header 预期目标: a tier-2 left from the template without indicator, "
         "a value without a name")  # fmt: skip
def umbrella_template_rows() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="油纸伞非遗传承人口述史记录项目", dept=DEPT,
                 unit="栖桐县非物质文化遗产保护中心", money=funds(wan(15), wan(15), wan(0)),
                 goals=["记录油纸伞传承人口述史10人，整理影像资料并建档。"])  # fmt: skip
    indicators(s, UMB_COLS, [
        ("产出指标", "数量指标", "记录传承人口述史", "≥10人"),
        (None, None, mk(None, "F110", "error", note="a value with no indicator name"),
         "≥60小时"),
        (None, "质量指标", "影像资料建档完整率", "≥95%"),
        (None, mk("时效指标", "F109", "warning", row=True, note="template row left empty"),
         None, None),
        ("成本指标", "经济成本指标", "每位传承人记录成本", "≤1.2万元/人"),
        ("效益指标", "社会效益指标", "口述史成果公开展示", "≥2场"),
        (None, "可持续影响指标", "口述史档案保存年限", "≥30年"),
        ("满意度指标", "服务对象满意度指标", "受访传承人满意度", "≥90%"),
    ])  # fmt: skip
    return b
