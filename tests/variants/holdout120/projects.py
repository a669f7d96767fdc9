"""One-year project returns: 当年财政拨款 + 上年结转 blocks, per-unit standards, coverage rates,
end dates, an indicator under two tier-2s (lz01–lz07)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout120.common import indicators, signature, w
from tests.variants.holdout120.registry import variant
from tests.variants.kit import Book, day, mk, ok, pct

Y = 2027
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


def _carry(total: float, now: float, carried: float, other: float = 0) -> list[tuple]:
    return [
        ("年度资金总额", w(total), "其中：当年财政拨款", w(now)),
        ("上年结转资金", w(carried), "其他资金", w(other)),
    ]


@variant(
    "lz01-carryover-ok",
    (12,),
    "project, NAT-2021, 当年财政拨款 + 上年结转 = 年度资金总额, one value column, tiers merged",
)
def lz01() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=Y,
        name="枫渡县农村饮水工程维修养护",
        dept="枫渡县水务局（217）",
        unit="枫渡县农村供水管理站",
        money=_carry(186, 150, 36),
        goals=[
            "完成全县38处集中供水工程和120公里管网的维修养护，保障农村供水稳定，"
            "水质达标率不低于95%。"
        ],
    )
    indicators(
        s,
        HEAD4,
        [
            ("产出指标", "数量指标", "维修养护集中供水工程", "≥38处"),
            (None, None, "维修更换供水管网", "≥120公里"),
            (None, "质量指标", "农村供水水质达标率", pct(0.95)),
            (None, None, "维修工程验收合格率", pct(1)),
            (None, "时效指标", "维修养护任务完成时间", f"{Y}年11月30日前"),
            ("成本指标", "经济成本指标", "管网维修单价", "≤0.9万元/公里"),
            (None, None, "供水工程养护费用", "≤1.8万元/处"),
            ("效益指标", "社会效益指标", "受益农村人口", "≥6.2万人"),
            (None, None, "农村自来水普及率", pct(0.97)),
            (None, "可持续影响指标", "供水工程长效运行", "有效保障"),
            ("满意度指标", "服务对象满意度指标", "受益群众满意度", pct(0.9)),
        ],
    )
    signature(s, Y, "罗文静", "0734-5528163")
    return b


@variant(
    "lz02-carryover-short",
    (12,),
    "project, NAT-2021, 当年 + 结转 short of the 年度资金总额, a 满意度 of 100%",
)
def lz02() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    money = _carry(240, 180, 40)
    money[0] = (
        "年度资金总额",
        mk(w(240), "B101", "error", note="180 + 40 + 0 = 220 ≠ 240"),
        "其中：当年财政拨款",
        w(180),
    )
    project_head(
        s,
        year=Y,
        name="青禾区中小学校舍安全改造",
        dept="青禾区教育局（305）",
        unit="青禾区教育基建中心",
        money=money,
        goals=["完成12所中小学校舍屋面防水和外墙加固改造，消除校舍安全隐患。"],
    )
    indicators(
        s,
        HEAD4,
        [
            ("产出指标", "数量指标", "改造学校数量", "12所"),
            (None, None, "屋面防水改造面积", "≥18000平方米"),
            (None, "质量指标", "改造工程验收合格率", pct(1)),
            (None, "时效指标", "开工时间", f"{Y}年7月10日前"),
            (None, None, "竣工时间", f"{Y}年8月31日前"),
            ("成本指标", "经济成本指标", "屋面防水改造单价", "≤95元/平方米"),
            ("效益指标", "社会效益指标", "校舍安全隐患消除率", pct(1)),
            (None, None, "受益学生人数", "≥9600人"),
            (None, "可持续影响指标", "改造后校舍使用年限", "≥15年"),
            (
                "满意度指标",
                "服务对象满意度指标",
                "师生满意度",
                mk(pct(1), "T114", "warning", note="a satisfaction of 100% is no realistic target"),
            ),
            (None, None, "家长满意度", pct(0.9)),
        ],
    )
    signature(s, Y, "邓启明", "0736-3307429")
    return b


OPS = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")


@variant(
    "lz03-standard-ok",
    (12,),
    "project, OLD-NAT, operator and unit columns, a per-head "
    "standard × its count equal to the budget",
)
def lz03() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(14, 14, 30, 10, 12, 12))
    project_head(
        s,
        year=Y,
        name="岚石市退役军人职业技能培训补助",
        dept="岚石市退役军人事务局（412）",
        unit="岚石市退役军人服务中心",
        attr="常年项目",
        money=[("年度资金总额", w(60), "其中：财政拨款", w(60)), ("其他资金", w(0), None, None)],
        goals=["为300名退役军人提供职业技能培训补助，每人不超过2000元，培训后就业率不低于70%。"],
    )
    indicators(
        s,
        OPS,
        [
            ("产出指标", "数量指标", "培训补助人数", "≥", 300, "人"),
            (None, None, "开设培训专业", "≥", 8, "个"),
            (None, "质量指标", "培训考核合格率", "≥", pct(0.9), "%"),
            (None, "时效指标", "补助发放及时率", "≥", pct(0.95), "%"),
            (None, "成本指标", "人均培训补助标准", "≤", 2000, "元/人"),
            ("效益指标", "社会效益指标", "培训后就业率", "≥", pct(0.7), "%"),
            (None, None, "取得职业技能等级证书人数", "≥", 240, "人"),
            (None, "可持续影响指标", "退役军人就业服务机制", "定性", "健全", None),
            ("满意度指标", "服务对象满意度指标", "参训退役军人满意度", "≥", pct(0.9), "%"),
        ],
    )
    signature(s, Y, "韦振东", "0778-2260517")
    return b


@variant(
    "lz04-standard-over",
    (12, 11),
    "project, OLD-NAT, operator and unit columns: a per-head "
    "standard × its count above the budget, ≤ on a coverage rate",
)
def lz04() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(14, 14, 30, 10, 12, 12))
    project_head(
        s,
        year=Y,
        name="榆川县困难家庭学生资助",
        dept="榆川县教育局（118）",
        unit="榆川县学生资助管理中心",
        attr="常年项目",
        money=[("年度资金总额", w(120), "其中：财政拨款", w(120)), ("其他资金", w(0), None, None)],
        goals=["资助全县困难家庭高中学生，资助政策覆盖全部建档立卡家庭学生。"],
    )
    indicators(
        s,
        OPS,
        [
            ("产出指标", "数量指标", "资助学生人数", "≥", 500, "人"),
            (None, None, "资助资金发放批次", "=", 2, "次"),
            (None, "质量指标", "资助对象认定准确率", "≥", pct(0.98), "%"),
            (
                None,
                None,
                "建档立卡家庭学生资助覆盖率",
                mk("≤", "T108", "warning", row=True, note="a coverage rate is 正向: ≥, not ≤"),
                pct(1),
                "%",
            ),
            (None, "时效指标", "资助资金发放及时率", "≥", pct(0.95), "%"),
            (
                None,
                "成本指标",
                "每生每年资助标准",
                mk("≤", "B107", "warning", row=True, note="3000元 × 500人 = 150万元 > 120万元"),
                3000,
                "元/人",
            ),
            ("效益指标", "社会效益指标", "受助学生辍学率", "≤", pct(0.01), "%"),
            (None, "可持续影响指标", "学生资助长效机制", "定性", "健全", None),
            ("满意度指标", "服务对象满意度指标", "受助学生及家长满意度", "≥", pct(0.92), "%"),
        ],
    )
    signature(s, Y, "蒙丽华", "0771-6652290")
    return b


@variant(
    "lz05-end-date-duplicate",
    (2, 9),
    "project, NAT-2021, unit column: a 计划完成日期 in the "
    "year after a one-year project, one indicator under two tier-2s with two values",
)
def lz05() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(14, 16, 30, 14, 10, 18))
    end = mk(
        day(Y + 1, 12, 31),
        "Y102",
        "error",
        alt=("Y101",),
        note="a one-year 2027 project cannot end on 2028-12-31",
    )
    project_head(
        s,
        year=Y,
        name="汀湾镇污水收集管网建设",
        dept="汀湾镇人民政府（506）",
        unit="汀湾镇村镇建设服务中心",
        attr="一次性项目",
        end=end,
        money=[("年度资金总额", w(96), "其中：财政拨款", w(80)), ("其他资金", w(16), None, None)],
        goals=["新建镇区污水收集管网4.5公里，污水收集率提高到85%以上。"],
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "备注"),
        [
            ("产出指标", "数量指标", "新建污水收集管网长度", "≥4.5", "公里", None),
            (None, None, "新建检查井", "≥150", "座", None),
            (
                None,
                None,
                "接入污水管网户数",
                ok("≥1200", "error", note="the duplicate's first row"),
                "户",
                None,
            ),
            (None, "质量指标", "管网闭水试验合格率", pct(1), "%", None),
            (
                None,
                None,
                ok("接入污水管网户数", note="a count under 质量指标"),
                mk(
                    "≥1500",
                    "D102",
                    "error",
                    row=True,
                    note="the same indicator as under 数量指标, ≥1200 户",
                ),
                "户",
                None,
            ),
            (None, "时效指标", "管网建设完成时间", f"{Y}年10月31日前", None, None),
            ("成本指标", "经济成本指标", "管网建设综合单价", "≤200", "元/米", "含检查井"),
            ("效益指标", "生态效益指标", "镇区污水收集率", "≥85%", "%", None),
            (None, "社会效益指标", "受益居民人数", "≥4300", "人", None),
            (None, "可持续影响指标", "管网设计使用年限", "≥30", "年", None),
            ("满意度指标", "服务对象满意度指标", "镇区居民满意度", pct(0.9), "%", None),
        ],
    )
    signature(s, Y, "钟海燕", "0759-7730881")
    return b


@variant(
    "lz06-coverage-ok",
    (11,),
    "project, NAT-2021, 比较符 and 计量单位 columns, weights "
    "adding to 100, coverage rates with ≥ and 反向 rates with ≤",
)
def lz06() -> Book:
    b = Book()
    s = b.sheet("绩效目标", widths=(14, 16, 30, 10, 12, 12, 8))
    project_head(
        s,
        year=Y,
        name="溪源市65岁以上老年人健康管理服务",
        dept="溪源市卫生健康委员会（233）",
        unit="溪源市疾病预防控制中心",
        money=[
            ("年度资金总额", w(420), "其中：当年财政拨款", w(380)),
            ("上年结转资金", w(40), "其他资金", w(0)),
        ],
        goals=["为辖区65岁以上老年人提供健康体检和健康管理服务，健康管理率达到72%以上。"],
    )
    indicators(
        s,
        (*OPS, "权重"),
        [
            ("产出指标", "数量指标", "老年人健康体检人数", "≥", 56000, "人", 15),
            (None, None, "签约家庭医生团队", "≥", 120, "个", 10),
            (None, "质量指标", "老年人健康管理率", "≥", pct(0.72), "%", 10),
            (None, None, "体检报告错误率", "≤", pct(0.02), "%", 5),
            (None, "时效指标", "体检结果反馈时间", "≤", 15, "个工作日", 5),
            ("成本指标", "经济成本指标", "人均体检费用", "≤", 70, "元/人", 10),
            ("效益指标", "社会效益指标", "老年人慢性病规范管理率", "≥", pct(0.65), "%", 10),
            (None, None, "健康教育覆盖率", "≥", pct(0.9), "%", 10),
            (None, "可持续影响指标", "老年人健康档案动态使用率", "≥", pct(0.6), "%", 10),
            ("满意度指标", "服务对象满意度指标", "老年人满意度", "≥", pct(0.9), "%", 15),
        ],
    )
    s.row(None, None, "合计", None, None, None, 100)
    signature(s, Y, "孔令涛", "0745-8821934")
    return b


@variant(
    "lz07-stacked-ok",
    (2, 12),
    "two one-year projects stacked, OLD-NAT, each with 当年 + "
    "结转 = 年度资金总额, one value column",
)
def lz07() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    s.title(f"{Y}年度项目支出绩效目标申报表（文化广电旅游局）", 6)
    s.row("一、公共文化服务场馆免费开放", merge=[(1, 6)])
    project_head(
        s,
        year=Y,
        name="公共文化服务场馆免费开放",
        dept="苍梧区文化广电旅游局（621）",
        unit="苍梧区文化馆",
        title="",
        money=_carry(88, 70, 18),
        goals=["文化馆、图书馆全年免费开放，举办公益培训和展览，服务群众不少于15万人次。"],
    )
    indicators(
        s,
        HEAD4,
        [
            ("产出指标", "数量指标", "免费开放场馆数", "≥3个"),
            (None, None, "公益培训班", "≥40期"),
            (None, None, "举办公益展览", "≥12场"),
            (None, "质量指标", "场馆开放时间达标率", pct(1)),
            (None, "时效指标", "每周开放时间", "≥56小时"),
            (None, "成本指标", "公益培训成本", "≤0.6万元/期"),
            ("效益指标", "社会效益指标", "服务群众人次", "≥15万人次"),
            (None, "可持续影响指标", "公共文化服务体系", "持续完善"),
            ("满意度指标", "服务对象满意度指标", "群众满意度", pct(0.92)),
        ],
    )
    s.skip()
    s.row("二、非物质文化遗产保护传承", merge=[(1, 6)])
    project_head(
        s,
        year=Y,
        name="非物质文化遗产保护传承",
        dept="苍梧区文化广电旅游局（621）",
        unit="苍梧区非物质文化遗产保护中心",
        title="",
        money=_carry(45, 38, 7),
        goals=["扶持区级以上代表性传承人开展传习活动，完成3个项目的数字化记录。"],
    )
    indicators(
        s,
        HEAD4,
        [
            ("产出指标", "数量指标", "扶持代表性传承人", "≥25人"),
            (None, None, "数字化记录项目", "3个"),
            (None, None, "开展传习活动", "≥60场"),
            (None, "质量指标", "数字化成果验收合格率", pct(1)),
            (None, "时效指标", "传承人补助发放时间", f"{Y}年6月30日前"),
            (None, "成本指标", "传承人补助标准", "≤0.8万元/人"),
            ("效益指标", "社会效益指标", "参与传习活动群众", "≥3000人次"),
            (None, "可持续影响指标", "非遗项目传承梯队", "逐步形成"),
            ("满意度指标", "服务对象满意度指标", "传承人满意度", pct(0.9)),
        ],
    )
    signature(s, Y, "黎佩雯", "0774-3819206")
    return b
