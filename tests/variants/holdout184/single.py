"""One-year project tables of the 184th held-out set: operators inside the values, operator and
unit columns, percent cells, word operators, a 资金来源 line below the head, a Shanghai form in
元 (ol01, ol05, ol06, ol12, ol14)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout184.common import header, notes, wan, yuan
from tests.variants.holdout184.registry import variant
from tests.variants.kit import Book, day, mk, ok, pct


@variant(
    "ol01-training-count-in-name",
    (4, 11),
    "one-year project, OLD-NAT, operators inside the values, a 指标值设定依据 column, a "
    "count in the name that equals its target, =0起, footnotes and signature lines "
    "(correct)",
)
def ol01() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 14, 30, 18, 16, 16))
    project_head(
        s,
        year=2026,
        name="青溪县农村电商从业人员技能培训项目",
        dept="青溪县商务局（207001）",
        unit="青溪县电子商务公共服务中心",
        attr="新增项目",
        money=[
            ("年度资金总额", wan(48), "其中：财政拨款", wan(48)),
            ("其他资金", wan(0), None, None),
        ],
        goals=[
            "2026年开展农村电商技能培训500人次，扶持电商示范网点12个，带动示范网点农产品网络"
            "销售额增长15%以上，参训学员满意度达到90%以上。"
        ],
    )
    header(s, "一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据", "备注")
    s.table(
        [
            ("产出指标", "数量指标", "电商技能培训500人次", "≥500人次", "计划标准", None),
            (None, None, "扶持电商示范网点数量", "≥12个", "计划标准", None),
            (None, "质量指标", "参训学员结业考核合格率", "≥90%", "行业标准", None),
            (None, None, "示范网点验收合格率", "=100%", "计划标准", None),
            (None, None, "培训期间安全责任事故", "=0起", "计划标准", "零事故"),
            (None, "时效指标", "培训任务完成时间", "2026年11月30日前", "计划标准", None),
            (None, "成本指标", "人均培训成本", "≤600元/人次", "历史标准", "含场地、师资、教材"),
            (None, None, "示范网点扶持补助标准", "≤1.5万元/个", "计划标准", None),
            (
                "效益指标",
                "经济效益指标",
                "示范网点农产品网络销售额增长率",
                "≥15%",
                "历史标准",
                None,
            ),
            (None, "社会效益指标", "参训人员电商就业创业率", "≥15%", "历史标准", None),
            (None, "可持续影响指标", "电商服务站点持续运营年限", "≥3年", "计划标准", None),
            ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥90%", "行业标准", None),
        ],
        merged=(1, 2),
    )
    notes(
        s,
        6,
        "注：1.本表金额单位为万元；2.指标值设定依据填写计划标准、行业标准、历史标准或其他标准。",
        "单位负责人：周立新        财务负责人：何晓岚        填表人：陈雨桐（电话：0579-66127465）",
    )
    return b


@variant(
    "ol05-same-name-two-things",
    (1, 11),
    "one-year project, NAT-2021, 指标性质 as operator column (≥ ≤ = 定性), bare numbers and a "
    "计量单位 column, a rate of 95 with the unit %, the same name under 数量 and under 质量 "
    "measuring two things (correct)",
)
def ol05() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 28, 10, 16, 12, 16))
    project_head(
        s,
        year=2026,
        name="青岚市食品安全监督抽检项目",
        dept="青岚市市场监督管理局",
        unit="青岚市食品药品检验检测中心",
        attr="常年项目",
        money=[
            ("年度资金总额", wan(85), "其中：财政拨款", wan(85)),
            ("其他资金", wan(0), None, None),
        ],
        goals=[
            "全年完成食品安全监督抽检1300批次，出具检验检测报告1300份，不合格产品核查处置"
            "及时率达到98%以上，市场经营主体满意度达到90%以上。"
        ],
    )
    header(s, "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位", "备注")
    s.table(
        [
            ("成本指标", "经济成本指标", "单批次检验成本", "≤", 600, "元/批次", "含采样、检验"),
            ("产出指标", "数量指标", "食品安全监督抽检", "≥", 1300, "批次", None),
            (None, None, "检验检测报告", "≥", 1300, "份", "出具报告份数"),
            (None, "质量指标", "检验检测报告", "定性", "合规", None, "报告符合资质认定要求"),
            (None, None, "检验结果准确率", "≥", 95, "%", None),
            (None, "时效指标", "抽检任务完成时间", "≤", "2026年11月30日", None, None),
            (None, None, "不合格产品核查处置及时率", "≥", 98, "%", None),
            ("效益指标", "社会效益指标", "食品安全抽检不合格率", "≤", 3, "%", None),
            (None, None, "群众食品安全知识知晓率", "≥", 85, "%", None),
            (None, "可持续影响指标", "食品安全风险预警机制", "定性", "健全", None, None),
            ("满意度指标", "服务对象满意度指标", "市场经营主体满意度", "≥", 90, "%", None),
        ],
        merged=(1, 2),
    )
    notes(s, 7, "填表人：林嘉禾    联系电话：0571-88308536    审核人：许文博")
    return b


@variant(
    "ol06-rate-in-persons-pass-rate-100",
    (1, 11),
    "one-year project, OLD-NAT, 比较符 column, percent cells and a 度量单位 column: a 合格率 "
    "of 95 with the unit 人, an 验收合格率 of ≥ 100%",
)
def ol06() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 14, 30, 10, 14, 12, 16))
    project_head(
        s,
        year=2026,
        name="临溪县乡村医生能力提升培训项目",
        dept="临溪县卫生健康局",
        unit="临溪县卫生进修学校",
        money=[
            ("年度资金总额", wan(36), "其中：财政拨款", wan(30)),
            ("其他资金", wan(6), None, None),
        ],
        goals=[
            "2026年轮训乡村医生320人，购置实操培训设备6台，参训乡村医生考核合格率达到95%以上，"
            "村卫生室服务能力达标率达到80%以上。"
        ],
    )
    header(s, "一级指标", "二级指标", "三级指标", "比较符", "指标值", "度量单位", "备注")
    s.table(
        [
            ("产出指标", "数量指标", "乡村医生轮训人数", "≥", 320, "人", None),
            (None, None, "实操培训设备购置数量", "≥", 6, "台", None),
            (
                None,
                "质量指标",
                "参训乡村医生考核合格率",
                "≥",
                mk(
                    95,
                    "T105",
                    "error",
                    row=True,
                    alt=("D104",),
                    note="a 合格率 of 95 with the unit 人",
                ),
                "人",
                None,
            ),
            (
                None,
                None,
                "培训设备安装验收合格率",
                "≥",
                mk(pct(1.0), "T106", "error", row=True, note="≥100% on a 合格率"),
                "%",
                None,
            ),
            (None, "时效指标", "培训任务完成时间", "≤", "2026年10月31日", None, None),
            (None, "成本指标", "人均培训费用标准", "≤", 800, "元/人", None),
            (None, None, "培训设备购置单价", "≤", 1.5, "万元/台", None),
            ("效益指标", "社会效益指标", "乡村医生常见病诊疗规范知晓率", "≥", pct(0.9), "%", None),
            (None, "可持续影响指标", "村卫生室服务能力达标率", "≥", pct(0.8), "%", None),
            ("满意度指标", "服务对象满意度指标", "参训乡村医生满意度", "≥", pct(0.9), "%", None),
        ],
        merged=(1, 2),
    )
    notes(s, 7, "单位负责人（签字）：          填表人：宋一鸣          填报日期：2025年12月10日")
    return b


@variant(
    "ol12-provincial-money-not-in-head",
    (12,),
    "one-year project, OLD-NAT, word operators, the money in one row of the head and a 资金来源 "
    "line below it naming 省级资金 120 while the head says 其他资金 0",
)
def ol12() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 16, 28, 18, 18, 14, 14))
    project_head(
        s,
        year=2026,
        name="青岚市中小学校舍维修改造项目",
        dept="青岚市教育局",
        unit="青岚市教育后勤服务中心",
        attr="一次性项目",
        money=[
            (
                "资金总额",
                mk(
                    wan(500),
                    "B101",
                    "error",
                    row=True,
                    alt=("B102",),
                    note="500 ≠ 财政拨款 380 + 其他资金 0: the 省级资金 120 of the 资金来源 "
                    "line is missing from the head",
                ),
                "其中：财政拨款",
                wan(380),
                "其他资金",
                wan(0),
            )
        ],
        goals=[
            "2026年暑期完成9所中小学校舍维修改造，改造面积12000平方米以上，消除校舍安全隐患，"
            "改造工程验收合格率100%。"
        ],
    )
    s.row(
        "资金来源（万元）",
        "市级财政拨款",
        wan(380),
        "省级薄弱学校改造补助资金",
        wan(120),
        "合计",
        ok(wan(500), "error", note="the lines add up to 500"),
    )
    header(s, "一级指标", "二级指标", "三级指标", "指标值", "指标解释", "备注")
    s.table(
        [
            (
                "产出指标",
                "数量指标",
                "维修改造校舍面积",
                "不少于12000平方米",
                "屋面、门窗、外墙",
                None,
            ),
            (None, None, "改造学校数量", "不少于9所", None, None),
            (None, "质量指标", "维修改造工程验收合格率", "100%", None, None),
            (None, None, "改造后校舍安全鉴定达标率", "100%", "C级以上", None),
            (None, "时效指标", "暑期施工任务完成时间", "2026年8月25日前", "开学前完工", None),
            (None, "成本指标", "校舍维修改造单位造价", "不超过400元/平方米", None, None),
            ("效益指标", "社会效益指标", "校舍安全隐患整改率", "100%", None, None),
            (None, "可持续影响指标", "改造校舍安全使用年限", "不低于15年", None, None),
            ("满意度指标", "服务对象满意度指标", "师生满意度", "90%以上", None, None),
        ],
        merged=(1, 2),
    )
    notes(s, 6, "填表人：吴思远    联系电话：0571-87123648")
    return b


@variant(
    "ol14-shanghai-yuan",
    (1, 5),
    "one-year project, Shanghai framework (一级目标 / 二级目标 / 三级目标 / 指标目标值), money in "
    "元 with the unit in the number format, ASCII operators, =100%, 预算执行率 under 投入与管理 "
    "(correct)",
)
def ol14() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 16, 30, 18, 18, 16))
    project_head(
        s,
        year=2026,
        name="枫林湾街道社区长者助餐服务项目",
        dept="枫林湾街道办事处",
        unit="枫林湾街道社区事务受理服务中心",
        attr="经常性专项业务费",
        title="2026年度财政项目支出绩效目标表",
        money_label="项目资金（元）",
        money=[
            ("项目总预算", yuan(1860000), "项目当年预算", yuan(1860000)),
            ("其中：财政拨款", yuan(1860000), "其他资金", yuan(0)),
        ],
        start=day(2026, 1, 1),
        end=day(2026, 12, 31),
        goals=[
            "2026年运营社区助餐点6个，日均供餐900份以上，为辖区老年人提供安全、便捷、可负担的"
            "助餐服务，用餐老年人满意度达到90%以上。"
        ],
    )
    header(s, "一级目标", "二级目标", "三级目标", "指标目标值", "备注", None)
    s.table(
        [
            ("投入与管理", "投入管理", "预算执行率", ">=90%", None),
            (None, "财务管理", "资金使用合规性", "合规", None),
            (None, "实施管理", "助餐点运营管理制度", "健全", None),
            ("产出目标", "数量", "社区助餐点", "=6个", None),
            (None, None, "日均供餐份数", ">=900份", None),
            (None, "质量", "食品安全检查合格率", "=100%", None),
            (None, "时效", "助餐服务按时供餐率", ">=98%", None),
            (None, "成本", "每份餐饮政府补贴标准", "<=5元/份", None),
            ("效果目标", "社会效益", "辖区老年人助餐服务覆盖率", ">=80%", None),
            (None, "满意度", "用餐老年人满意度", ">=90%", None),
            ("影响力目标", "长效管理", "助餐服务长效运营机制", "健全", None),
        ],
        merged=(1, 2),
    )
    notes(s, 6, "项目负责人：顾佳音    联系电话：021-59874759")
    return b
